<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Barcode sheet</name>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Badge</source>
      <translation>社員証</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Badges</source>
      <translation>社員証</translation>
    </message>
    <message>
      <location filename="../printing/documents/sortwall_sheet.py" />
      <source>Batch tote</source>
      <translation>バッチトート</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Box</source>
      <translation>箱</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Commands and exception reasons</source>
      <translation>コマンドと例外理由</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Complete the order</source>
      <translation>注文を完了</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Cosmetics with lot and expiry (GS1-128)</source>
      <translation>ロット・使用期限つき化粧品（GS1-128）</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Demo orders, totes and pick lists</source>
      <translation>デモ注文・トート・ピッキングリスト</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Denim with serial numbers (GS1-128)</source>
      <translation>シリアル番号つきデニム（GS1-128）</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>EXPIRED example (must be refused)</source>
      <translation>期限切れの例（受け付けてはいけない）</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Gift order</source>
      <translation>ギフト注文</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Gift orders, noshi, wrapping and inserts to enclose</source>
      <translation>ギフト注文・熨斗・ギフト包装・同梱物</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Insert</source>
      <translation>同梱物</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Item</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Items (EAN-13)</source>
      <translation>商品（EAN-13）</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Lot and expiry</source>
      <translation>ロットと使用期限</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Material</source>
      <translation>資材</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Noshi done</source>
      <translation>熨斗 完了</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>OK (acknowledge)</source>
      <translation>OK（確認）</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Order</source>
      <translation>注文</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Packing materials (billed per order)</source>
      <translation>梱包資材（注文ごとに請求）</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Pick list</source>
      <translation>ピッキングリスト</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Quantities and boxes</source>
      <translation>数量と箱</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Quantity {n}</source>
      <translation>数量 {n}</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Reason: damaged</source>
      <translation>理由: 破損</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Reason: other</source>
      <translation>理由: その他</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Reason: short</source>
      <translation>理由: 欠品</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Reason: wrong item picked</source>
      <translation>理由: 誤ピッキング</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Report an exception</source>
      <translation>例外を報告</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Reprint the documents</source>
      <translation>書類を再印刷</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Return</source>
      <translation>返品</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Returns expected (RMA numbers)</source>
      <translation>入荷予定の返品（RMA番号）</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Returns: answers, grades and reasons</source>
      <translation>返品検品：回答・グレード・理由</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>SHORT-DATED example (60 days left)</source>
      <translation>期限間近の例（残り60日）</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Scale: tare</source>
      <translation>はかり: 風袋引き</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Scale: zero</source>
      <translation>はかり: ゼロ</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Serial number</source>
      <translation>シリアル番号</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Sign out</source>
      <translation>サインアウト</translation>
    </message>
    <message>
      <location filename="../printing/documents/sortwall_sheet.py" />
      <source>Slot {slot}</source>
      <translation>間口 {slot}</translation>
    </message>
    <message>
      <location filename="../printing/documents/sortwall_sheet.py" />
      <source>Sort wall: batch totes</source>
      <translation>仕分け棚：バッチトート</translation>
    </message>
    <message>
      <location filename="../printing/documents/sortwall_sheet.py" />
      <source>Sort wall: slot labels</source>
      <translation>仕分け棚：間口ラベル</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Start a new box</source>
      <translation>新しい箱を始める</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Tote</source>
      <translation>トート</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Undo the last scan</source>
      <translation>直前のスキャンを取り消す</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Void a spoiled carrier label</source>
      <translation>汚損した送り状を無効にする</translation>
    </message>
    <message>
      <location filename="../printing/documents/barcode_sheet.py" />
      <source>Wrapping done</source>
      <translation>ギフト包装 完了</translation>
    </message>
  </context>
  <context>
    <name>Gift card</name>
    <message>
      <location filename="../printing/documents/gift_card.py" />
      <source>From {sender}</source>
      <translation>{sender} より</translation>
    </message>
  </context>
  <context>
    <name>Insert</name>
    <message>
      <location filename="../printing/documents/insert.py" />
      <source>Dear {name},</source>
      <translation>{name} 様</translation>
    </message>
    <message>
      <location filename="../printing/documents/insert.py" />
      <source>Follow us</source>
      <translation>フォローする</translation>
    </message>
    <message>
      <location filename="../printing/documents/insert.py" />
      <source>Reorder</source>
      <translation>再注文</translation>
    </message>
    <message>
      <location filename="../printing/documents/insert.py" />
      <source>Review</source>
      <translation>レビュー</translation>
    </message>
    <message>
      <location filename="../printing/documents/insert.py" />
      <source>Thank you for your order {order}. Enclosed: {items}.</source>
      <translation>ご注文 {order} をありがとうございます。同梱品: {items}。</translation>
    </message>
    <message>
      <location filename="../printing/documents/insert.py" />
      <source>Your next delivery is planned for {date}.</source>
      <translation>次回のお届け予定日は {date} です。</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="../printing/documents/carrier_label.py" />
      <source>Box {box} of {count} does not exist: no label was printed.</source>
      <translation>{count} 個口の {box} 個目はありません。ラベルは印刷していません。</translation>
    </message>
    <message>
      <location filename="../printing/documents/carrier_label.py" />
      <source>Check the number of boxes of the order and print again.</source>
      <translation>注文の個口数を確認してから、もう一度印刷してください。</translation>
    </message>
    <message>
      <location filename="../printing/documents/carrier_label.py" />
      <source>Correct the amount to collect, or remove cash on delivery.</source>
      <translation>代金引換の金額を直すか、代金引換を外してください。</translation>
    </message>
    <message>
      <location filename="../printing/documents/carrier_label.py" />
      <source>Issue a new tracking number for the box and print again.</source>
      <translation>この箱に新しい伝票番号を発番してから、もう一度印刷してください。</translation>
    </message>
    <message>
      <location filename="../printing/documents/carrier_plan.py" />
      <source>Shorten it (a supervisor can correct the address on the station), then print again.</source>
      <translation>短くしてから(住所はスーパーバイザーがステーションで修正できます)、もう一度印刷してください。</translation>
    </message>
    <message>
      <location filename="../printing/documents/carrier_label.py" />
      <source>The cash-on-delivery amount {amount} yen is not positive.</source>
      <translation>代金引換の金額 {amount} 円が正の数ではありません。</translation>
    </message>
    <message>
      <location filename="../printing/documents/carrier_label.py" />
      <source>The tracking number {number} is not 12 digits: no label was printed.</source>
      <translation>伝票番号 {number} が12桁の数字ではありません。ラベルは印刷していません。</translation>
    </message>
    <message>
      <location filename="../printing/documents/carrier_plan.py" />
      <source>The {field} does not fit on the {carrier} label even in the smallest print: {value}</source>
      <translation>{field}が最小の文字サイズでも{carrier}のラベルに収まりません: {value}</translation>
    </message>
  </context>
  <context>
    <name>Re-commerce</name>
    <message>
      <location filename="../printing/documents/recommerce.py" />
      <source>Condition: {condition}</source>
      <translation>状態: {condition}</translation>
    </message>
    <message>
      <location filename="../printing/documents/recommerce.py" />
      <source>Grade</source>
      <translation>グレード</translation>
    </message>
    <message>
      <location filename="../printing/documents/recommerce.py" />
      <source>Was {sku}</source>
      <translation>元の SKU: {sku}</translation>
    </message>
  </context>
  <context>
    <name>Slip</name>
    <message>
      <location filename="../printing/documents/slip.py" />
      <source>From: {sender}</source>
      <translation>ご依頼主：{sender} 様</translation>
    </message>
    <message>
      <location filename="../printing/documents/slip.py" />
      <source>Item</source>
      <translation>商品</translation>
    </message>
    <message>
      <location filename="../printing/documents/slip.py" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../printing/documents/slip.py" />
      <source>Order date: {date}</source>
      <translation>ご注文日: {date}</translation>
    </message>
    <message>
      <location filename="../printing/documents/slip.py" />
      <source>Order {order}</source>
      <translation>ご注文番号 {order}</translation>
    </message>
    <message>
      <location filename="../printing/documents/slip.py" />
      <source>Packing slip</source>
      <translation>納品書</translation>
    </message>
    <message>
      <location filename="../printing/documents/slip.py" />
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../printing/documents/slip.py" />
      <source>Returns</source>
      <translation>返品について</translation>
    </message>
    <message>
      <location filename="../printing/documents/slip.py" />
      <source>SKU</source>
      <translation>SKU</translation>
    </message>
    <message>
      <location filename="../printing/documents/slip.py" />
      <source>Ship to</source>
      <translation>お届け先</translation>
    </message>
    <message>
      <location filename="../printing/documents/slip.py" />
      <source>Total amount (tax included): {amount}</source>
      <translation>合計金額（税込）：{amount}</translation>
    </message>
    <message>
      <location filename="../printing/documents/slip.py" />
      <source>Total items</source>
      <translation>合計点数</translation>
    </message>
    <message>
      <location filename="../printing/documents/slip.py" />
      <source>You can return unused items within 30 days. Scan the QR code to start a return for order {order}, print the return label and drop the parcel at any convenience store.</source>
      <translation>未使用の商品は30日以内であれば返品できます。QRコードを読み取って注文 {order} の返品手続きを始め、返送ラベルを印刷して、お近くのコンビニエンスストアからお送りください。</translation>
    </message>
    <message>
      <location filename="../printing/documents/slip.py" />
      <source>└ contains: {name}</source>
      <translation>└ 内訳: {name}</translation>
    </message>
  </context>
  <context>
    <name>Test page</name>
    <message>
      <location filename="../printing/documents/test_page.py" />
      <source>Printed {time} UTC</source>
      <translation>印刷日時 {time} UTC</translation>
    </message>
    <message>
      <location filename="../printing/documents/test_page.py" />
      <source>Printer {printer}</source>
      <translation>プリンター {printer}</translation>
    </message>
    <message>
      <location filename="../printing/documents/test_page.py" />
      <source>Station {station}</source>
      <translation>ステーション {station}</translation>
    </message>
    <message>
      <location filename="../printing/documents/test_page.py" />
      <source>TEST PAGE</source>
      <translation>テストページ</translation>
    </message>
  </context>
</TS>
