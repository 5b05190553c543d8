<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Returns screen</name>
    <message>
      <location filename="../ui/returns/panels.py" />
      <source>(unannounced)</source>
      <translation>（事前連絡なし）</translation>
    </message>
    <message>
      <location filename="../ui/returns/controls.py" />
      <source>Accept</source>
      <translation>確定</translation>
    </message>
    <message>
      <location filename="../ui/returns/panels.py" />
      <source>Accept the grade, or choose another grade and a reason · cancel</source>
      <translation>このグレードで確定するか、別のグレードと理由を選んでください · キャンセル</translation>
    </message>
    <message>
      <location filename="../ui/returns/panels.py" />
      <source>Answer the question · take back an answer · photo · cancel</source>
      <translation>質問に回答 · 回答を戻す · 写真 · キャンセル</translation>
    </message>
    <message>
      <location filename="../ui/returns/screen.py" />
      <source>Camera photo</source>
      <translation>カメラで撮影</translation>
    </message>
    <message>
      <location filename="../ui/returns/controls.py" />
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../ui/returns/panels.py" />
      <source>Customer: {name}</source>
      <translation>お客様：{name}</translation>
    </message>
    <message>
      <location filename="../ui/returns/panels.py" />
      <source>Exchange ({sku})</source>
      <translation>交換（{sku}）</translation>
    </message>
    <message>
      <location filename="../ui/returns/panels.py" />
      <source>Exchange for {sku}</source>
      <translation>{sku} と交換</translation>
    </message>
    <message>
      <location filename="../ui/returns/screen.py" />
      <source>Images (*.jpg *.jpeg *.png *.webp *.heic)</source>
      <translation>画像 (*.jpg *.jpeg *.png *.webp *.heic)</translation>
    </message>
    <message>
      <location filename="../ui/returns/screen.py" />
      <source>Item</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="../ui/returns/panels.py" />
      <source>No parcel open.</source>
      <translation>開いている荷物はありません。</translation>
    </message>
    <message>
      <location filename="../ui/returns/screen.py" />
      <source>Note about this item (Enter to add)</source>
      <translation>この商品のメモ（Enterで追加）</translation>
    </message>
    <message>
      <location filename="../ui/returns/panels.py" />
      <source>Note: {note}</source>
      <translation>メモ：{note}</translation>
    </message>
    <message>
      <location filename="../ui/returns/panels.py" />
      <source>Order: {order}</source>
      <translation>注文：{order}</translation>
    </message>
    <message>
      <location filename="../ui/returns/screen.py" />
      <source>Photo from file…</source>
      <translation>ファイルから写真…</translation>
    </message>
    <message>
      <location filename="../ui/returns/screen.py" />
      <source>Photo of the item</source>
      <translation>商品の写真</translation>
    </message>
    <message>
      <location filename="../ui/returns/panels.py" />
      <source>Photos: {count}</source>
      <translation>写真：{count} 枚</translation>
    </message>
    <message>
      <location filename="../ui/returns/panels.py" />
      <source>Price ¥{price}</source>
      <translation>価格 ¥{price}</translation>
    </message>
    <message>
      <location filename="../ui/returns/panels.py" />
      <source>Reason: {reason}</source>
      <translation>理由：{reason}</translation>
    </message>
    <message>
      <location filename="../ui/returns/panels.py" />
      <source>Refund</source>
      <translation>返金</translation>
    </message>
    <message>
      <location filename="../ui/returns/screen.py" />
      <source>Return</source>
      <translation>返品</translation>
    </message>
    <message>
      <location filename="../ui/returns/screen.py" />
      <source>Returns expected</source>
      <translation>入荷予定の返品</translation>
    </message>
    <message>
      <location filename="../ui/returns/panels.py" />
      <source>Scan the next item · OK: what is still expected</source>
      <translation>次の商品をスキャン · OK：残りの予定商品</translation>
    </message>
    <message>
      <location filename="../ui/returns/screen.py" />
      <source>Scan the parcel: RMA, return label or order number.</source>
      <translation>荷物（RMA、返送ラベル、注文番号）をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../ui/returns/screen.py" />
      <source>Scan your badge, then the parcel: RMA, return label or order number.</source>
      <translation>バッジをスキャンし、次に荷物（RMA、返送ラベル、注文番号）をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../ui/returns/panels.py" />
      <source>Scan: RMA · return label · order number · item serial</source>
      <translation>スキャン：RMA · 返送ラベル · 注文番号 · 商品シリアル</translation>
    </message>
    <message>
      <location filename="../ui/returns/screen.py" />
      <source>Sign out</source>
      <translation>サインアウト</translation>
    </message>
    <message>
      <location filename="../ui/returns/controls.py" />
      <source>Take back</source>
      <translation>回答を戻す</translation>
    </message>
    <message>
      <location filename="../ui/returns/screen.py" />
      <source>The grade is proposed when every question is answered.</source>
      <translation>すべての質問に回答するとグレードが提案されます。</translation>
    </message>
    <message>
      <location filename="../ui/returns/panels.py" />
      <source>This grade cannot be changed.</source>
      <translation>このグレードは変更できません。</translation>
    </message>
    <message>
      <location filename="../ui/returns/controls.py" />
      <source>Type a code and press Enter: RMA, order or item</source>
      <translation>コードを入力して Enter：RMA・注文番号・商品</translation>
    </message>
    <message>
      <location filename="../ui/returns/panels.py" />
      <source>Wants: {wants}</source>
      <translation>希望：{wants}</translation>
    </message>
    <message>
      <location filename="../ui/returns/panels.py" />
      <source>Why change the grade? {reasons} · or cancel</source>
      <translation>グレードを変更する理由：{reasons} · またはキャンセル</translation>
    </message>
    <message>
      <location filename="../ui/returns/panels.py" />
      <source>{disposition}: {sku}</source>
      <translation>{disposition}：{sku}</translation>
    </message>
    <message>
      <location filename="../ui/returns/screen.py" />
      <source>{message}
{next_step}</source>
      <translation>{message}
{next_step}</translation>
    </message>
    <message>
      <location filename="../ui/returns/panels.py" />
      <source>{name} → {disposition} (rule: {rule})</source>
      <translation>{name} → {disposition}（ルール：{rule}）</translation>
    </message>
    <message>
      <location filename="../ui/returns/controls.py" />
      <source>{rma} · {customer} · 1 item</source>
      <translation>{rma} · {customer} 様 · 1 点</translation>
    </message>
    <message>
      <location filename="../ui/returns/controls.py" />
      <source>{rma} · {customer} · {units} items</source>
      <translation>{rma} · {customer} 様 · {units} 点</translation>
    </message>
  </context>
</TS>
