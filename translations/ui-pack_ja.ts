<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>PackScreen</name>
    <message>
      <location filename="../ui/pack/steps.py" />
      <source>Before completing, scan each when done:</source>
      <translation>完了前に、各作業の後でスキャンしてください：</translation>
    </message>
    <message>
      <location filename="../ui/pack/lines.py" />
      <source>Box</source>
      <translation>箱</translation>
    </message>
    <message>
      <location filename="../ui/pack/exception_dialog.py" />
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>Complete</source>
      <translation>完了</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>Damaged</source>
      <translation>破損</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>Exception</source>
      <translation>例外</translation>
    </message>
    <message>
      <location filename="../ui/pack/exception_dialog.py" />
      <source>How many</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../ui/pack/exception_dialog.py" />
      <location filename="../ui/pack/lines.py" />
      <source>Item</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="../ui/pack/lines.py" />
      <source>Location</source>
      <translation>ロケーション</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>Materials: {materials}</source>
      <translation>資材：{materials}</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>New box</source>
      <translation>新しい箱</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>No order open</source>
      <translation>開いている注文はありません</translation>
    </message>
    <message>
      <location filename="../ui/pack/exception_dialog.py" />
      <source>Note</source>
      <translation>メモ</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>OK, put aside</source>
      <translation>OK（脇に置いた）</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>Order {order} resumed: scan the next item.</source>
      <translation>注文 {order} を再開しました。次の商品をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>Order {order} · {brand}</source>
      <translation>注文 {order} · {brand}</translation>
    </message>
    <message>
      <location filename="../ui/pack/lines.py" />
      <source>Ordered</source>
      <translation>注文数</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>Other</source>
      <translation>その他</translation>
    </message>
    <message>
      <location filename="../ui/pack/lines.py" />
      <source>Packed</source>
      <translation>梱包数</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>Packer: {name}</source>
      <translation>担当: {name}</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>Reprint</source>
      <translation>再印刷</translation>
    </message>
    <message>
      <location filename="../ui/pack/lines.py" />
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>Scan an order, tote or pick list.</source>
      <translation>注文・トート・ピッキングリストをスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>Scan your badge to sign in.</source>
      <translation>バッジをスキャンしてサインインしてください。</translation>
    </message>
    <message>
      <location filename="../ui/pack/exception_dialog.py" />
      <source>Send</source>
      <translation>送信</translation>
    </message>
    <message>
      <location filename="../ui/pack/exception_dialog.py" />
      <source>Send to the exception queue</source>
      <translation>例外キューに送る</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>Short</source>
      <translation>欠品</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>Sign out</source>
      <translation>サインアウト</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>Type a code and press Enter</source>
      <translation>コードを入力して Enter</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>Undo</source>
      <translation>1つ戻す</translation>
    </message>
    <message>
      <location filename="../ui/pack/exception_dialog.py" />
      <source>What happened (required for Other)</source>
      <translation>状況（「その他」では必須）</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>Wrong item picked</source>
      <translation>誤ピック</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>{customer} · {carrier} · Box {box_no}: {box}</source>
      <translation>{customer} 様 · {carrier} · {box_no} 箱目: {box}</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>{material} ×{quantity} (box {box})</source>
      <translation>{material} ×{quantity}（{box} 箱目）</translation>
    </message>
    <message>
      <location filename="../ui/pack/lines.py" />
      <source>{name} — {count} of {total} parts</source>
      <translation>{name}（セット部品 {count}/{total} 点）</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>{packed} / 1 item</source>
      <translation>{packed} / 1 点</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>{packed} / {units} items</source>
      <translation>{packed} / {units} 点</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>{product} · Lot {lot} · Expires {expiry}</source>
      <translation>{product}・ロット {lot}・使用期限 {expiry}</translation>
    </message>
    <message>
      <location filename="../ui/pack/screen.py" />
      <source>{product}: {message}</source>
      <translation>{product}：{message}</translation>
    </message>
    <message>
      <location filename="../ui/pack/steps.py" />
      <source>{step}{count}{detail} — scan {code}</source>
      <translation>{step}{count}{detail} — {code} をスキャン</translation>
    </message>
  </context>
  <context>
    <name>Scale</name>
    <message>
      <location filename="../ui/pack/scale.py" />
      <source>There is no scale at this station: scan or type the weight.</source>
      <translation>このステーションにははかりがありません。重量をスキャンするか入力してください。</translation>
    </message>
  </context>
</TS>
