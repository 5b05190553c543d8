<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Boxes</name>
    <message>
      <location filename="../station/pack/box_names.py" />
      <source>Box 100</source>
      <translation>100 サイズ箱</translation>
    </message>
    <message>
      <location filename="../station/pack/box_names.py" />
      <source>Box 120</source>
      <translation>120 サイズ箱</translation>
    </message>
    <message>
      <location filename="../station/pack/box_names.py" />
      <source>Box 60</source>
      <translation>60 サイズ箱</translation>
    </message>
    <message>
      <location filename="../station/pack/box_names.py" />
      <source>Box 80</source>
      <translation>80 サイズ箱</translation>
    </message>
    <message>
      <location filename="../station/pack/box_names.py" />
      <source>Mailer bag</source>
      <translation>宅配袋</translation>
    </message>
  </context>
  <context>
    <name>Exceptions</name>
    <message>
      <location filename="../station/pack/exception_desk.py" />
      <source>Only a supervisor can do this.</source>
      <translation>この操作はスーパーバイザーのみ行えます。</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_desk.py" />
      <source>Order {order} is not in the exception queue.</source>
      <translation>注文 {order} は例外キューにありません。</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_desk.py" />
      <source>Order {order} is released: it can be packed again.</source>
      <translation>注文 {order} の例外を解除しました。再び梱包できます。</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_desk.py" />
      <source>Order {order} is resolved and closed.</source>
      <translation>注文 {order} の例外を解決済みとして閉じました。</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_desk.py" />
      <source>Write the reason first.</source>
      <translation>先に理由を入力してください。</translation>
    </message>
  </context>
  <context>
    <name>Inserts</name>
    <message>
      <location filename="../station/pack/inserts.py" />
      <source>Insert rules {file}, {where}: {reason}. No inserts are added for this brand until it is fixed.</source>
      <translation>同梱物ルール {file}、{where}：{reason}。修正されるまで、このブランドの同梱物は追加されません。</translation>
    </message>
    <message>
      <location filename="../station/pack/inserts.py" />
      <source>Insert rules {file}: {reason}. No inserts are added for this brand until it is fixed.</source>
      <translation>同梱物ルール {file}：{reason}。修正されるまで、このブランドの同梱物は追加されません。</translation>
    </message>
  </context>
  <context>
    <name>Pack</name>
    <message>
      <location filename="../station/pack/words.py" />
      <source>1 item is still missing. Scan it, or report an exception.</source>
      <translation>まだ 1 点足りません。スキャンするか、例外を報告してください。</translation>
    </message>
    <message>
      <location filename="../station/pack/words.py" />
      <source>1 more problem.</source>
      <translation>ほかに問題が 1 件あります。</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_report.py" />
      <source>1 unit</source>
      <translation>1 点</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>A reason barcode is only used after EXCEPTION.</source>
      <translation>理由バーコードは「例外」の後にだけ使います。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Acknowledged. Go on scanning.</source>
      <translation>確認しました。スキャンを続けてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/label_check.py" />
      <source>Acknowledged. Scan the label on box {box} of order {order}.</source>
      <translation>確認しました。注文 {order} の {box} 個口目の送り状をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>All items packed. Scan COMPLETE to seal and print.</source>
      <translation>全商品を梱包しました。「完了」をスキャンして封をし、印刷してください。</translation>
    </message>
    <message>
      <location filename="../station/pack/handover.py" />
      <source>An order stays open with {packed} of {units} packed: the next packer scans their badge to take it over.</source>
      <translation>{units} 点中 {packed} 点梱包済みの注文が開いたままです。次の梱包者がバッジをスキャンすると引き継げます。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Badge {badge} is not known here.</source>
      <translation>バッジ {badge} は登録されていません。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Box {box_no} started. Suggested box: {box}.</source>
      <translation>{box_no} 箱目を開始しました。推奨の箱: {box}</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Box {box_no}: {box}.</source>
      <translation>{box_no} 箱目: {box}</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Box {box} is still empty: pack something in it first.</source>
      <translation>{box} 箱目はまだ空です。先に商品を入れてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Box {code} is not in this site's box catalogue.</source>
      <translation>箱 {code} はこの拠点の箱マスタにありません。</translation>
    </message>
    <message>
      <location filename="../station/pack/label_check.py" />
      <source>Cancelled.</source>
      <translation>キャンセルしました。</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_report.py" />
      <source>Damaged</source>
      <translation>破損</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_report.py" />
      <source>Damaged: scan the damaged item, then its quantity.</source>
      <translation>破損：破損した商品をスキャンし、次に数量をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Documents are printing.</source>
      <translation>書類を印刷中です。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Expired on {expiry}: do not ship. Put it in the quarantine bin and take another.</source>
      <translation>{expiry} に期限切れです。出荷しないでください。隔離ボックスに入れ、別の商品を取ってください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Finish order {order} first, or report an exception for it.</source>
      <translation>先に注文 {order} を完了するか、例外を報告してください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Items with a serial number are packed one at a time: scan each unit's serial.</source>
      <translation>シリアル番号付きの商品は 1 点ずつ梱包します。各商品のシリアルをスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/label_check.py" />
      <source>Label of box {box} checked. Scan the label on box {next}.</source>
      <translation>{box} 個口目の送り状を確認しました。{next} 個口目の送り状をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/label_check.py" />
      <source>Label {number} is not voided: no {carrier} tracking numbers are left on this station. Call a supervisor: the station must connect to the hub for a new block.</source>
      <translation>送り状 {number} は無効にしていません：この端末に {carrier} の送り状番号が残っていません。管理者を呼んでください。新しい番号ブロックを受け取るにはハブへの接続が必要です。</translation>
    </message>
    <message>
      <location filename="../station/pack/label_check.py" />
      <source>Label {old} is void. The new label {new} for box {box} is printing: stick it on and scan it.</source>
      <translation>送り状 {old} を無効にしました。{box} 個口目の新しい送り状 {new} を印刷中です：貼ってからスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Labels are printing: scan each label on its box.</source>
      <translation>送り状を印刷中です：各箱に貼った送り状をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/label_check.py" />
      <source>Labels checked: order {order} is ready to ship.</source>
      <translation>送り状検品完了：注文 {order} は出荷できます。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>No carrier label waits to be checked: nothing to void.</source>
      <translation>検品待ちの送り状はありません：無効にするものはありません。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>No order, tote or pick list {code}.</source>
      <translation>{code} という注文・トート・ピッキングリストはありません。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>No packed order to reprint yet.</source>
      <translation>再印刷できる梱包済みの注文はまだありません。</translation>
    </message>
    <message>
      <location filename="../station/pack/step_flow.py" />
      <source>Not complete: {count} step(s) still to confirm. Next: {step} {detail}: do it, then scan {code}.</source>
      <translation>まだ完了できません：確認が必要な作業が {count} 件あります。次は {step} {detail}：作業後に {code} をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Not sealed: {problem} ({field}) {action} {more}</source>
      <translation>封かんできません：{problem}（{field}）{action} {more}</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_report.py" />
      <source>Not sent to the exception queue.</source>
      <translation>例外キューには送りませんでした。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Nothing to acknowledge.</source>
      <translation>確認が必要なものはありません。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Nothing to cancel: no question is waiting. The order stays open.</source>
      <translation>キャンセルするものはありません（待っている質問はありません）。注文はそのまま開いています。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Nothing to undo.</source>
      <translation>取り消せる操作はありません。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Nothing was read. Scan again.</source>
      <translation>読み取れませんでした。もう一度スキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/shipping.py" />
      <source>Only 1 {carrier} tracking number is left on this station: tell a supervisor.</source>
      <translation>この端末に残っている {carrier} の送り状番号は 1 件だけです：管理者に伝えてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/shipping.py" />
      <source>Only {left} {carrier} tracking numbers are left on this station: tell a supervisor.</source>
      <translation>この端末に残っている {carrier} の送り状番号は {left} 件だけです：管理者に伝えてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_report.py" />
      <source>Order {order} has only {quantity} of this item.</source>
      <translation>注文 {order} のこの商品は {quantity} 点だけです。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Order {order} is already open.</source>
      <translation>注文 {order} はすでに開いています。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Order {order} is already packed.</source>
      <translation>注文 {order} は梱包済みです。</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_desk.py" />
      <source>Order {order} is in the exception queue ({what}). Put the tote on the exception shelf: a supervisor releases it before it is packed.</source>
      <translation>注文 {order} は例外キューにあります（{what}）。トートを例外棚に置いてください。梱包を再開するには、スーパーバイザーによる解除が必要です。</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_report.py" />
      <source>Order {order} is in the exception queue. Leave the {units} packed in the box: put the box and the tote together on the exception shelf.</source>
      <translation>注文 {order} を例外キューに入れました。梱包済みの {units} は箱から出さず、箱とトートを一緒に例外棚に置いてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_report.py" />
      <source>Order {order} is in the exception queue. Put the tote on the exception shelf.</source>
      <translation>注文 {order} を例外キューに入れました。トートを例外棚に置いてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Order {order} is not sealed: no {carrier} tracking numbers are left on this station. Call a supervisor: the station must connect to the hub for a new block.</source>
      <translation>注文 {order} は封かんされていません：この端末に {carrier} の送り状番号が残っていません。管理者を呼んでください。新しい番号ブロックを受け取るにはハブへの接続が必要です。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Order {order} is on hold: {reason}. Put the tote on the hold shelf.</source>
      <translation>注文 {order} は保留中です: {reason}。トートを保留棚に置いてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Order {order} packed in 1 box.</source>
      <translation>注文 {order} を 1 個口で梱包しました。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Order {order} packed in {boxes} boxes.</source>
      <translation>注文 {order} を {boxes} 個口で梱包しました。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Order {order} was cancelled. Put the tote on the cancellations shelf.</source>
      <translation>注文 {order} はキャンセルされています。トートをキャンセル棚に置いてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_desk.py" />
      <source>Order {order} was taken out of packing by a supervisor. Give the tote to a supervisor.</source>
      <translation>注文 {order} はスーパーバイザーにより梱包対象から外されました。トートをスーパーバイザーに渡してください。</translation>
    </message>
    <message>
      <location filename="../station/pack/words.py" />
      <source>Order {order}: 1 item. Suggested box: {box}.</source>
      <translation>注文 {order}: 1 点。推奨の箱: {box}</translation>
    </message>
    <message>
      <location filename="../station/pack/words.py" />
      <source>Order {order}: {units} items. Suggested box: {box}.</source>
      <translation>注文 {order}: {units} 点。推奨の箱: {box}</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_report.py" />
      <source>Other</source>
      <translation>その他</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_report.py" />
      <source>Other: type what happened, then send.</source>
      <translation>その他：状況を入力してから送信してください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Put the item aside, then scan OK to go on.</source>
      <translation>商品を脇に置き、OK をスキャンして続けてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Quantity {quantity}: now scan the item.</source>
      <translation>数量 {quantity}: 商品をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Question cancelled. The order stays open.</source>
      <translation>質問をキャンセルしました。注文はそのまま開いています。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Reprinting the documents of order {order}.</source>
      <translation>注文 {order} の書類を再印刷しています。</translation>
    </message>
    <message>
      <location filename="../station/pack/hub_changes.py" />
      <source>STOP: order {order} was cancelled while packing. Do not seal it: unpack the parcel onto the cancellations shelf.</source>
      <translation>中止: 注文 {order} は梱包中にキャンセルされました。封をせず、キャンセル棚で開梱してください。</translation>
    </message>
    <message>
      <location filename="../station/pack/hub_changes.py" />
      <source>STOP: order {order} was put on hold ({reason}). Do not seal it: put the parcel on the hold shelf.</source>
      <translation>中止: 注文 {order} は保留になりました（{reason}）。封をせず、保留棚に置いてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/hub_changes.py" />
      <source>STOP: the customer changed the address of order {order}. Do not use a label printed before now; the new one prints when you complete.</source>
      <translation>停止: 注文 {order} のお届け先が変更されました。これまでに印刷したラベルは使わないでください。完了すると新しいラベルが印刷されます。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Scan an order, tote or pick list first.</source>
      <translation>先に注文・トート・ピッキングリストをスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/label_check.py" />
      <source>Scan the carrier label on box {box} of order {order} first. {problem}</source>
      <translation>先に注文 {order} の {box} 個口目の送り状をスキャンしてください。{problem}</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_report.py" />
      <source>Scan the reason: short, damaged, wrong item picked or other.</source>
      <translation>理由をスキャンしてください: 欠品・破損・誤ピック・その他。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Scan your badge to sign in.</source>
      <translation>バッジをスキャンしてサインインしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Serial {serial} has already been packed. Take another unit.</source>
      <translation>シリアル {serial} はすでに梱包済みです。別の商品を取ってください。</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_report.py" />
      <source>Short</source>
      <translation>欠品</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Short-dated: expires {expiry}, {brand} needs {days} days. Take a unit with a later date.</source>
      <translation>期限が近すぎます: {expiry} 期限。{brand} は残り {days} 日以上が必要です。期限の遅い商品を取ってください。</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_report.py" />
      <source>Short: scan the item that is short, then its quantity.</source>
      <translation>欠品：足りない商品をスキャンし、次に数量をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Signed in: {name}.</source>
      <translation>サインインしました: {name}</translation>
    </message>
    <message>
      <location filename="../station/pack/handover.py" />
      <source>Signed in: {name}. You took over order {order} from {packer}: {packed} of {units} packed.</source>
      <translation>サインイン: {name}。{packer} さんから注文 {order} を引き継ぎました（{units} 点中 {packed} 点梱包済み）。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Signed out: {name}.</source>
      <translation>サインアウトしました: {name}</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Too many: {name} is a part of {kit}, which needs {remaining} more. Put the extra aside and scan OK.</source>
      <translation>多すぎます：{name}は{kit}の構成品で、必要なのはあと{remaining}点です。余分を取り分けてOKをスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/words.py" />
      <source>Too many: {name} is all packed already. Put the extra aside and scan OK.</source>
      <translation>数量超過: {name} はすべて梱包済みです。余分を脇に置いて OK をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/words.py" />
      <source>Too many: {name} needs only 1 more, and {quantity} were scanned. Put the extra aside and scan OK.</source>
      <translation>数量超過: {name} は残り 1 点ですが、{quantity} 点スキャンされました。余分を脇に置いて OK をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/words.py" />
      <source>Too many: {name} needs only {remaining} more, and {quantity} were scanned. Put the extra aside and scan OK.</source>
      <translation>数量超過: {name} は残り {remaining} 点ですが、{quantity} 点スキャンされました。余分を脇に置いて OK をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Undone: the last box change.</source>
      <translation>直前の箱の変更を取り消しました。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Undone: {quantity} × {name}. Take it back out of the box.</source>
      <translation>取り消し: {name} × {quantity}。箱から取り出してください。</translation>
    </message>
    <message>
      <location filename="../station/pack/step_flow.py" />
      <source>Undone: {step} is no longer confirmed. Scan {code} when it is done.</source>
      <translation>取り消しました：{step} は未確認に戻りました。作業が済んだら {code} をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Unknown barcode {code}. Check the item, or call a supervisor.</source>
      <translation>不明なバーコード {code}。商品を確認するか、監督者を呼んでください。</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_report.py" />
      <location filename="../station/pack/session.py" />
      <source>Unknown item {code}. It is not in the catalogue.</source>
      <translation>不明な商品 {code}。商品マスタにありません。</translation>
    </message>
    <message>
      <location filename="../station/pack/label_check.py" />
      <source>Void the label {number} of box {box}: scan the reason (damaged or other), or CANCEL.</source>
      <translation>{box} 個口目の送り状 {number} を無効にします：理由（破損・その他）をスキャンするか、CANCEL をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/label_check.py" />
      <source>WRONG LABEL on order {order}: peel it off, then scan OK.</source>
      <translation>送り状違い（注文 {order}）：送り状をはがしてから OK をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/label_check.py" />
      <source>WRONG LABEL: {number} is not a label of order {order}. Peel it off, then scan OK.</source>
      <translation>送り状違い：{number} は注文 {order} の送り状ではありません。はがしてから OK をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Weigh box {box}: put it on the scale and scan or type its weight.</source>
      <translation>{box} 箱目の重量を量ってください。はかりに載せ、重量をスキャンするか入力してください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Weight {weight} g is as expected ({expected} g).</source>
      <translation>重量 {weight} g は予定どおりです（{expected} g）。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Weight {weight} g, expected {expected} g: check the box contents.</source>
      <translation>重量 {weight} g（予定 {expected} g）: 箱の中身を確認してください。</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_report.py" />
      <source>Wrong item picked</source>
      <translation>誤ピック</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Wrong item: {name} is not in this order. Put it aside and scan OK.</source>
      <translation>誤った商品: {name} はこの注文にありません。脇に置いて OK をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>Your badge is not for packing. Use the returns screen.</source>
      <translation>このバッジは梱包用ではありません。返品画面を使ってください。</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_desk.py" />
      <source>no details</source>
      <translation>詳細なし</translation>
    </message>
    <message>
      <location filename="../station/pack/words.py" />
      <source>{count} more problems.</source>
      <translation>ほかに {count} 件の問題があります。</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_report.py" />
      <source>{count} units</source>
      <translation>{count} 点</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>{first} {then}</source>
      <translation>{first}{then}</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>{kit} packed as the pre-assembled set. Take the loose parts back out of the box, they are not counted: {parts}.</source>
      <translation>{kit}をセット品として梱包しました。箱に入れた単品を取り出してください（数に含めません）: {parts}</translation>
    </message>
    <message>
      <location filename="../station/pack/words.py" />
      <source>{missing} items are still missing. Scan them, or report an exception.</source>
      <translation>まだ {missing} 点足りません。スキャンするか、例外を報告してください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>{name} has serial numbers, which parts of a set do not record: pack {kit} by its own barcode.</source>
      <translation>{name}はシリアル番号付きで、セットの構成品としては記録できません。{kit}はセット自体のバーコードで梱包してください。</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_report.py" />
      <source>{name} is not in order {order}: scan an item of the order.</source>
      <translation>{name} は注文 {order} に含まれていません。この注文の商品をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>{name} needs its lot and expiry: scan the GS1 barcode on the item.</source>
      <translation>{name} はロットと使用期限が必要です。商品の GS1 バーコードをスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>{name} needs its serial number: scan the serial barcode.</source>
      <translation>{name} はシリアル番号が必要です。シリアルのバーコードをスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/handover.py" />
      <source>{name} takes over order {order}: {packed} of {units} items packed by {packer}.</source>
      <translation>{name} さんが注文 {order} を引き継ぎました（{units} 点中 {packed} 点は {packer} さんが梱包済み）。</translation>
    </message>
    <message>
      <location filename="../station/pack/words.py" />
      <source>{name} was signed out after 1 idle minute.</source>
      <translation>1 分操作がなかったため {name} さんをサインアウトしました。</translation>
    </message>
    <message>
      <location filename="../station/pack/words.py" />
      <source>{name} was signed out after {minutes} idle minutes.</source>
      <translation>{minutes} 分操作がなかったため {name} さんをサインアウトしました。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>{name}: line complete.</source>
      <translation>{name}: この行は完了です。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>{name}: part of {kit}. Still to scan: {parts}.</source>
      <translation>{name}：{kit}の構成品です。残り: {parts}</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>{name}: {packed} of {ordered}.</source>
      <translation>{name}: {packed} / {ordered}</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>{name}: {remaining} to pack. Scan a quantity, or scan the item again to pack one.</source>
      <translation>{name}: あと {remaining} 点。数量をスキャンするか、もう一度商品をスキャンして 1 点ずつ梱包してください。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>{packed} Documents are printing.</source>
      <translation>{packed}書類を印刷しています。</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>{packed} {labels} {numbers}</source>
      <translation>{packed}{labels}{numbers}</translation>
    </message>
    <message>
      <location filename="../station/pack/handover.py" />
      <source>{packer} is packing order {order}. {name}: scan your badge again to take it over, or let them finish it first.</source>
      <translation>注文 {order} は {packer} さんが梱包中です。{name} さん、引き継ぐにはバッジをもう一度スキャンしてください（先に仕上げてもらうこともできます）。</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_report.py" />
      <source>{reason}: {note}</source>
      <translation>{reason}：{note}</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_report.py" />
      <source>{reason}: {quantity} × {name}</source>
      <translation>{reason}：{name} × {quantity}</translation>
    </message>
    <message>
      <location filename="../station/pack/session.py" />
      <source>{signed_out} {still_open}</source>
      <translation>{signed_out}{still_open}</translation>
    </message>
    <message>
      <location filename="../station/pack/step_flow.py" />
      <source>{step} comes after {before}: do {before} first and scan {code}.</source>
      <translation>{step} は {before} の後です。先に {before} を行い、{code} をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/step_flow.py" />
      <source>{step} confirmed. Every step is done.</source>
      <translation>{step} を確認しました。すべての作業が完了しました。</translation>
    </message>
    <message>
      <location filename="../station/pack/step_flow.py" />
      <source>{step} confirmed. Next step: {next} ({code}).</source>
      <translation>{step} を確認しました。次の作業：{next}（{code}）。</translation>
    </message>
    <message>
      <location filename="../station/pack/step_flow.py" />
      <source>{step} is already confirmed: do not put in another.</source>
      <translation>{step} は確認済みです。もう一つ入れないでください。</translation>
    </message>
    <message>
      <location filename="../station/pack/step_flow.py" />
      <source>{step}: {done} of {quantity}. Scan the next one.</source>
      <translation>{step}：{quantity} 点中 {done} 点。次をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/pack/exception_report.py" />
      <source>{what}. Scan OK to send it to the exception queue.</source>
      <translation>{what}。OK をスキャンすると例外キューに送ります。</translation>
    </message>
  </context>
</TS>
