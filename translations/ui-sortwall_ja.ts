<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../ui/sortwall/wiring.py" />
      <source>Sort wall</source>
      <translation>仕分け棚</translation>
    </message>
  </context>
  <context>
    <name>Sort wall</name>
    <message>
      <location filename="../ui/sortwall/screen.py" />
      <source> (closed)</source>
      <translation>（締め済み）</translation>
    </message>
    <message>
      <location filename="../ui/sortwall/screen.py" />
      <source>Batch {batch}: {sorted} of {units} items sorted{closed}</source>
      <translation>バッチ {batch}：{units} 点中 {sorted} 点を仕分け済み{closed}</translation>
    </message>
    <message>
      <location filename="../ui/sortwall/screen.py" />
      <source>Close the batch</source>
      <translation>バッチを締める</translation>
    </message>
    <message>
      <location filename="../ui/sortwall/screen.py" />
      <source>No batch open</source>
      <translation>バッチは開いていません</translation>
    </message>
    <message>
      <location filename="../ui/sortwall/screen.py" />
      <source>Order {order} of slot {slot} is packed. Scan the next item, or another slot label to pack.</source>
      <translation>スロット{slot}の注文{order}は梱包済みです。次の商品をスキャンするか、梱包する別のスロットのラベルをスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../ui/sortwall/screen.py" />
      <source>Scan a batch tote, an item or a slot label</source>
      <translation>バッチトート・商品・間口ラベルをスキャン</translation>
    </message>
    <message>
      <location filename="../ui/sortwall/screen.py" />
      <source>Scan a batch tote.</source>
      <translation>バッチトートをスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../ui/sortwall/screen.py" />
      <source>Something went wrong and this scan was not recorded; everything before it is saved. Scan it again; if it happens again, call a supervisor. ({kind})</source>
      <translation>問題が発生したため、このスキャンは記録されていません。それまでの作業は保存されています。もう一度スキャンしてください。再び起きたら監督者を呼んでください。（{kind}）</translation>
    </message>
    <message>
      <location filename="../ui/sortwall/screen.py" />
      <source>Undo</source>
      <translation>1つ戻す</translation>
    </message>
    <message>
      <location filename="../ui/sortwall/wall_view.py" />
      <source>complete</source>
      <translation>そろった</translation>
    </message>
    <message>
      <location filename="../ui/sortwall/wall_view.py" />
      <source>empty</source>
      <translation>空</translation>
    </message>
    <message>
      <location filename="../ui/sortwall/wall_view.py" />
      <source>exception</source>
      <translation>例外</translation>
    </message>
    <message>
      <location filename="../ui/sortwall/wall_view.py" />
      <source>packed</source>
      <translation>梱包へ</translation>
    </message>
    <message>
      <location filename="../ui/sortwall/wall_view.py" />
      <source>sorting</source>
      <translation>仕分け中</translation>
    </message>
  </context>
</TS>
