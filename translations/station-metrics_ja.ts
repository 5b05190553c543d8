<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Metrics</name>
    <message>
      <location filename="../station/metrics/definitions.py" />
      <source>Ask the pick team for the missing units, then reopen the order.</source>
      <translation>ピッキング担当に不足分を依頼し、注文を開き直してください。</translation>
    </message>
    <message>
      <location filename="../station/metrics/sort_report.py" />
      <source>Batches closed</source>
      <translation>締めたバッチ</translation>
    </message>
    <message>
      <location filename="../station/metrics/station_view.py" />
      <source>Check that the station has started once with this version.</source>
      <translation>このバージョンでステーションを一度起動したか確認してください。</translation>
    </message>
    <message>
      <location filename="../station/metrics/definitions.py" />
      <source>Check the tote with the packer who reported it.</source>
      <translation>報告した梱包担当者とトートを確認してください。</translation>
    </message>
    <message>
      <location filename="../station/metrics/definitions.py" />
      <source>Damaged</source>
      <translation>破損</translation>
    </message>
    <message>
      <location filename="../station/metrics/report.py" />
      <source>Dispositions</source>
      <translation>処分先</translation>
    </message>
    <message>
      <location filename="../station/metrics/report.py" />
      <source>Exceptions</source>
      <translation>例外</translation>
    </message>
    <message>
      <location filename="../station/metrics/report.py" />
      <source>Exceptions by reason</source>
      <translation>理由別の例外</translation>
    </message>
    <message>
      <location filename="../station/metrics/report.py" />
      <source>Grade {grade}</source>
      <translation>グレード{grade}</translation>
    </message>
    <message>
      <location filename="../station/metrics/report.py" />
      <source>Grades</source>
      <translation>グレード</translation>
    </message>
    <message>
      <location filename="../station/metrics/report.py" />
      <source>Label checks</source>
      <translation>送り状検品</translation>
    </message>
    <message>
      <location filename="../station/metrics/definitions.py" />
      <source>Labels checked</source>
      <translation>検品済み送り状</translation>
    </message>
    <message>
      <location filename="../station/metrics/definitions.py" />
      <source>Labels reissued</source>
      <translation>再発行した送り状</translation>
    </message>
    <message>
      <location filename="../station/metrics/definitions.py" />
      <location filename="../station/metrics/report.py" />
      <source>Median pack time (s)</source>
      <translation>梱包時間の 中央値（秒）</translation>
    </message>
    <message>
      <location filename="../station/metrics/definitions.py" />
      <source>Open exceptions</source>
      <translation>未処理の例外</translation>
    </message>
    <message>
      <location filename="../station/metrics/report.py" />
      <source>Orders</source>
      <translation>注文数</translation>
    </message>
    <message>
      <location filename="../station/metrics/definitions.py" />
      <source>Orders packed</source>
      <translation>梱包済み注文</translation>
    </message>
    <message>
      <location filename="../station/metrics/definitions.py" />
      <source>Other</source>
      <translation>その他</translation>
    </message>
    <message>
      <location filename="../station/metrics/definitions.py" />
      <location filename="../station/metrics/report.py" />
      <source>Other: {reason}</source>
      <translation>その他: {reason}</translation>
    </message>
    <message>
      <location filename="../station/metrics/report.py" />
      <location filename="../station/metrics/sort_report.py" />
      <source>Packer</source>
      <translation>梱包担当者</translation>
    </message>
    <message>
      <location filename="../station/metrics/definitions.py" />
      <source>Print failures</source>
      <translation>印刷エラー</translation>
    </message>
    <message>
      <location filename="../station/metrics/definitions.py" />
      <source>Replace the damaged item from stock, then reopen the order.</source>
      <translation>破損品を在庫から交換し、注文を開き直してください。</translation>
    </message>
    <message>
      <location filename="../station/metrics/definitions.py" />
      <source>Return the wrong item to its location and re-pick the line.</source>
      <translation>誤った商品を元の棚に戻し、明細をピッキングし直してください。</translation>
    </message>
    <message>
      <location filename="../station/metrics/definitions.py" />
      <location filename="../station/metrics/report.py" />
      <source>Returns graded</source>
      <translation>返品グレード 判定数</translation>
    </message>
    <message>
      <location filename="../station/metrics/definitions.py" />
      <source>Short</source>
      <translation>欠品</translation>
    </message>
    <message>
      <location filename="../station/metrics/sort_report.py" />
      <source>Sort exceptions</source>
      <translation>仕分け例外</translation>
    </message>
    <message>
      <location filename="../station/metrics/report.py" />
      <location filename="../station/metrics/sort_report.py" />
      <source>Station</source>
      <translation>ステーション</translation>
    </message>
    <message>
      <location filename="../station/metrics/sort_report.py" />
      <source>Strays</source>
      <translation>対象外の商品</translation>
    </message>
    <message>
      <location filename="../station/metrics/definitions.py" />
      <source>Sync backlog</source>
      <translation>未同期イベント</translation>
    </message>
    <message>
      <location filename="../station/metrics/report.py" />
      <source>Target units/hour</source>
      <translation>目標点数/時</translation>
    </message>
    <message>
      <location filename="../station/metrics/station_view.py" />
      <source>The figures cannot be read from {path}: {reason}</source>
      <translation>{path} から数値を読み込めません: {reason}</translation>
    </message>
    <message>
      <location filename="../station/metrics/report.py" />
      <source>Units</source>
      <translation>点数</translation>
    </message>
    <message>
      <location filename="../station/metrics/definitions.py" />
      <source>Units packed</source>
      <translation>梱包点数</translation>
    </message>
    <message>
      <location filename="../station/metrics/sort_report.py" />
      <source>Units sorted</source>
      <translation>仕分け点数</translation>
    </message>
    <message>
      <location filename="../station/metrics/definitions.py" />
      <location filename="../station/metrics/report.py" />
      <source>Units/hour</source>
      <translation>点数/時</translation>
    </message>
    <message>
      <location filename="../station/metrics/definitions.py" />
      <source>Units/hour: units packed ÷ hours of packing (pauses over {idle} min and returns grading left out)</source>
      <translation>点数/時：梱包した点数 ÷ 梱包作業の時間（{idle} 分を超える中断と返品検品の時間は含みません）</translation>
    </message>
    <message>
      <location filename="../station/metrics/settings.py" />
      <source>Use a name such as Asia/Tokyo or Europe/Berlin.</source>
      <translation>Asia/Tokyo や Europe/Berlin のような名前を使ってください。</translation>
    </message>
    <message>
      <location filename="../station/metrics/definitions.py" />
      <source>Wrong item picked</source>
      <translation>誤ピッキング</translation>
    </message>
    <message>
      <location filename="../station/metrics/definitions.py" />
      <location filename="../station/metrics/report.py" />
      <source>Wrong items per 100 units</source>
      <translation>100点あたりの誤スキャン</translation>
    </message>
    <message>
      <location filename="../station/metrics/definitions.py" />
      <source>Wrong labels</source>
      <translation>送り状違い</translation>
    </message>
    <message>
      <location filename="../station/metrics/settings.py" />
      <source>[metrics] time_zone '{zone}' is not a known time zone.</source>
      <translation>[metrics] time_zone '{zone}' は既知のタイムゾーンではありません。</translation>
    </message>
    <message>
      <location filename="../station/metrics/dashboard.py" />
      <source>today so far</source>
      <translation>本日これまで</translation>
    </message>
    <message>
      <location filename="../station/metrics/dashboard.py" />
      <source>today, per hour of packing</source>
      <translation>本日・梱包作業1時間あたり</translation>
    </message>
  </context>
</TS>
