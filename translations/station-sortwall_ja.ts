<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Exceptions</name>
    <message>
      <location filename="../station/sortwall/leftovers.py" />
      <source>Only a supervisor can do this.</source>
      <translation>この操作はスーパーバイザーのみ行えます。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/leftovers.py" />
      <source>Write the reason first.</source>
      <translation>先に理由を入力してください。</translation>
    </message>
  </context>
  <context>
    <name>Sort wall</name>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>1 item is left over.</source>
      <translation>余りの商品が 1 点あります。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>1 order is short (slot {slots}).</source>
      <translation>不足の注文が 1 件あります（間口 {slots}）。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/leftovers.py" />
      <source>Batch {batch} has no left-over items to resolve.</source>
      <translation>バッチ {batch} に解決する余り商品はありません。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Batch {batch} is already open: scan its items.</source>
      <translation>バッチ {batch} は開いています。商品をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Batch {batch} is closed. {short} {leftover} They are in the exception queue: take them to the exception shelf.</source>
      <translation>バッチ {batch} を締めました。{short}{leftover}例外キューに入りました。例外棚へ運んでください。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Batch {batch} is closed: every item was sorted.</source>
      <translation>バッチ {batch} を締めました。すべての商品を仕分けました。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Batch {batch}: {orders} orders, {units} items, {slots} slots. Scan each item.</source>
      <translation>バッチ {batch}：注文 {orders} 件、商品 {units} 点、間口 {slots}。商品を1点ずつスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Every slot is taken: pack a complete slot, then scan this item again.</source>
      <translation>空いている間口がありません。そろった間口を梱包してから、この商品をもう一度スキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/leftovers.py" />
      <source>Find their order or return them to stock.</source>
      <translation>該当する注文を探すか、在庫に戻してください。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Finish batch {batch} first: scan COMPLETE when its totes are empty.</source>
      <translation>先にバッチ {batch} を終えてください。トートが空になったら「完了」をスキャンします。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/leftovers.py" />
      <source>Left over: {items}</source>
      <translation>余り: {items}</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>No order in this batch needs {sku}: put it aside for the exception shelf.</source>
      <translation>このバッチに {sku} が必要な注文はありません。例外棚用に取り分けてください。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Not sorted yet: {unsorted} of {units} items. Closing now sends these orders to the exception queue: {orders}. To close anyway, scan COMPLETE again or press Close the batch again; to keep sorting, scan an item.</source>
      <translation>まだ仕分けていない商品：{units}点中{unsorted}点。今締めると{orders}件の注文が例外キューに送られます。それでも締めるなら、もう一度COMPLETEをスキャンするか「バッチを締める」を押してください。仕分けを続けるなら商品をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Nothing to undo.</source>
      <translation>取り消すものはありません。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Nothing was read. Scan again.</source>
      <translation>読み取れませんでした。もう一度スキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Order {order} from slot {slot}: 1 item verified at sorting. Box it and scan COMPLETE.</source>
      <translation>間口 {slot} の注文 {order}：1 点は仕分けで検品済みです。箱に詰めて「完了」をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Order {order} from slot {slot}: scan each item again as you pack it.</source>
      <translation>間口 {slot} の注文 {order}：梱包しながら商品を1点ずつもう一度スキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Order {order} from slot {slot}: {units} items verified at sorting. Box them and scan COMPLETE.</source>
      <translation>間口 {slot} の注文 {order}：{units} 点は仕分けで検品済みです。箱に詰めて「完了」をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Order {order} from slot {slot}: {units} items verified at sorting; scan the other {to_scan} (lot, expiry or serial) as you pack them.</source>
      <translation>間口 {slot} の注文 {order}：{units} 点は仕分けで検品済みです。残りの {to_scan} 点（ロット・使用期限・シリアル）は梱包しながらスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Order {order} of slot {slot} has gone to packing already.</source>
      <translation>間口 {slot} の注文 {order} はすでに梱包に回っています。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>STOP: order {order} of slot {slot} is on hold. Take the slot's items to the hold shelf.</source>
      <translation>中止：間口 {slot} の注文 {order} は保留中です。間口の商品を保留棚へ運んでください。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>STOP: order {order} of slot {slot} was cancelled. Take the slot's items to the cancellations shelf.</source>
      <translation>中止：間口 {slot} の注文 {order} はキャンセルされました。間口の商品をキャンセル棚へ運んでください。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Scan a batch tote first.</source>
      <translation>先にバッチトートをスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Scan your badge to sign in.</source>
      <translation>バッジをスキャンしてサインインしてください。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Slot {slot} is empty.</source>
      <translation>間口 {slot} は空です。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Slot {slot} is in the exception queue: take it to the exception shelf.</source>
      <translation>間口 {slot} は例外キューに入っています。例外棚へ運んでください。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Slot {slot} still waits for 1 item of order {order}.</source>
      <translation>間口 {slot} は注文 {order} の商品をあと 1 点待っています。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Slot {slot} still waits for {missing} items of order {order}.</source>
      <translation>間口 {slot} は注文 {order} の商品をあと {missing} 点待っています。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Slot {slot}: order {order} is complete. Scan the slot label to pack it.</source>
      <translation>間口 {slot}：注文 {order} がそろいました。間口ラベルをスキャンして梱包してください。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Slot {slot}: {sorted} of {units} for order {order}.</source>
      <translation>間口 {slot}：注文 {order} の {units} 点中 {sorted} 点目。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/leftovers.py" />
      <source>The left-over items of batch {batch} are resolved.</source>
      <translation>バッチ {batch} の余り商品を解決済みにしました。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Undone: take {sku} back out of slot {slot}.</source>
      <translation>取り消しました：{sku} を間口 {slot} から取り出してください。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Undone: the stray {item} is not counted.</source>
      <translation>取り消しました：対象外の商品 {item} は数えません。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Unknown item {code}: not in the catalogue. Put it on the exception shelf.</source>
      <translation>不明な商品 {code}：商品マスタにありません。例外棚に置いてください。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>Your badge is not for packing. Use the returns screen.</source>
      <translation>このバッジは梱包用ではありません。返品画面を使ってください。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/figures.py" />
      <source>batch {batch}, no slot</source>
      <translation>バッチ {batch}、間口なし</translation>
    </message>
    <message>
      <location filename="../station/sortwall/figures.py" />
      <source>batch {batch}, slot {slot}</source>
      <translation>バッチ {batch}、間口 {slot}</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>{code} is not a batch tote, an item or a slot label here.</source>
      <translation>{code} はこの仕分け棚のバッチトート・商品・間口ラベルではありません。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>{orders} orders are short (slots {slots}).</source>
      <translation>不足の注文が {orders} 件あります（間口 {slots}）。</translation>
    </message>
    <message>
      <location filename="../station/sortwall/session.py" />
      <source>{units} items are left over.</source>
      <translation>余りの商品が {units} 点あります。</translation>
    </message>
  </context>
</TS>
