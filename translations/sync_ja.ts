<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Site view</name>
    <message>
      <location filename="../sync/site_view.py" />
      <source>The hub cannot be reached: the site view comes back when it answers. This station's own figures are up to date.</source>
      <translation>ハブに接続できません。ハブが応答すれば拠点全体の表示に戻ります。このステーションの数値は最新です。</translation>
    </message>
    <message>
      <location filename="../sync/site_view.py" />
      <source>The hub does not know this station, so it shows no site view. Ask IT to register the station at the hub (python -m sync.hub add-station) and set its token.</source>
      <translation>ハブにこのステーションが登録されていないため、拠点全体の表示はできません。IT 担当者にハブへのステーション登録（python -m sync.hub add-station）とトークンの設定を依頼してください。</translation>
    </message>
    <message>
      <location filename="../sync/site_view.py" />
      <source>The hub refused the site view: {detail}</source>
      <translation>ハブが拠点全体の表示を拒否しました：{detail}</translation>
    </message>
    <message>
      <location filename="../sync/site_view.py" />
      <source>The hub's answer made no sense: the site view is not shown.</source>
      <translation>ハブの応答を読み取れないため、拠点全体の表示はできません。</translation>
    </message>
  </context>
</TS>
