<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Sync</name>
    <message>
      <location filename="../station/inbox/files.py" />
      <source>The box photo {sha256} is no longer in the station's database.</source>
      <translation>箱の写真 {sha256} がステーションのデータベースにありません。</translation>
    </message>
    <message>
      <location filename="../station/inbox/files.py" />
      <source>The hub refused the photo: {detail}</source>
      <translation>ハブが写真を受け付けませんでした: {detail}</translation>
    </message>
    <message>
      <location filename="../station/inbox/files.py" />
      <source>The photo {sha256} changed after it was taken; it was not sent.</source>
      <translation>写真 {sha256} は撮影後に変更されたため、送信しませんでした。</translation>
    </message>
    <message>
      <location filename="../station/inbox/rejected.py" />
      <source>conflict</source>
      <translation>競合</translation>
    </message>
    <message>
      <location filename="../station/inbox/rejected.py" />
      <source>rejected</source>
      <translation>受付拒否</translation>
    </message>
    <message>
      <location filename="../station/inbox/__main__.py" />
      <source>{count} parked event(s) written to {path}.</source>
      <translation>保留中のイベント {count} 件を {path} に書き出しました。</translation>
    </message>
  </context>
</TS>
