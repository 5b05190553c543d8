<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Carriers</name>
    <message>
      <location filename="../station/carriers/__main__.py" />
      <source>1 number attached, {unchanged} already there.</source>
      <translation>1 件の番号を登録しました（{unchanged} 件は登録済み）。</translation>
    </message>
    <message>
      <location filename="../station/carriers/__main__.py" />
      <source>1 row</source>
      <translation>1 行</translation>
    </message>
    <message>
      <location filename="../station/carriers/__main__.py" />
      <source>1 shipment in {rows} written to {path}.</source>
      <translation>1 件の出荷（{rows}）を {path} に書き出しました。</translation>
    </message>
    <message>
      <location filename="../station/carriers/tracking.py" />
      <source>A tracking number has 12 digits; {number} does not.</source>
      <translation>追跡番号は12桁です。{number} は12桁ではありません。</translation>
    </message>
    <message>
      <location filename="../station/carriers/tracking.py" />
      <source>An international number is two letters, nine digits and two letters (like RB123456785JP); {number} is not.</source>
      <translation>国際郵便の番号は英字2文字・数字9桁・英字2文字です（例: RB123456785JP）。{number} はこの形式ではありません。</translation>
    </message>
    <message>
      <location filename="../station/carriers/corrections.py" />
      <source>Ask a supervisor to scan their badge.</source>
      <translation>責任者にバッジをスキャンしてもらってください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>Ask the shop for a new delivery date, or send the order to the exception queue.</source>
      <translation>ショップに新しいお届け日を確認するか、注文を例外キューに送ってください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>Ask the shop to split the order or to take payment in advance.</source>
      <translation>注文の分割か前払いへの変更をショップに依頼してください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>Box {box} ({cm:g} cm, {kg:g} kg) is over the largest size of {service}.</source>
      <translation>{box}個目（{cm:g} cm、{kg:g} kg）は{service}の最大サイズを超えています。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>Box {box} is too large for {service}.</source>
      <translation>{box}個目は{service}には大きすぎます。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>Box {box} weighs {kg:g} kg; {service} takes up to {limit:g} kg.</source>
      <translation>{box}個目の重さは{kg:g} kgです。{service}は{limit:g} kgまでです。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>Cash on delivery of {amount} yen is outside {low}-{high} yen.</source>
      <translation>代金引換額 {amount} 円が {low}〜{high} 円の範囲外です。</translation>
    </message>
    <message>
      <location filename="../station/carriers/contracts.py" />
      <source>Check that the file exists and is UTF-8 text.</source>
      <translation>ファイルが存在し、UTF-8のテキストであることを確認してください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>Choose a service with cash on delivery.</source>
      <translation>代金引換を扱えるサービスを選んでください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>Choose another service or carrier for cool parcels.</source>
      <translation>クール便を扱える別のサービスか運送会社を選んでください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>Choose one of: {names}.</source>
      <translation>次から選んでください: {names}。</translation>
    </message>
    <message>
      <location filename="../station/carriers/numbering.py" />
      <source>Connect the station to the hub so it can fetch a new block, or call a supervisor.</source>
      <translation>新しい番号ブロックを取得できるよう端末をハブに接続するか、責任者を呼んでください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/contracts.py" />
      <source>Correct that key in the contract file.</source>
      <translation>契約ファイルのその項目を修正してください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>Correct the delivery date.</source>
      <translation>お届け日を修正してください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>Correct the phone number (digits and hyphens, starting with 0).</source>
      <translation>電話番号を修正してください（0で始まる数字とハイフン）。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>Correct the postcode in the address.</source>
      <translation>住所の郵便番号を修正してください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/history.py" />
      <source>Every box of this shipment already has another number.</source>
      <translation>この出荷のすべての荷物に別の番号が付いています。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>Fix the address or send the order to the exception queue.</source>
      <translation>住所を修正するか、注文を例外キューに送ってください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/contracts.py" />
      <source>Fix the line named and load it again.</source>
      <translation>示された行を修正して、もう一度読み込んでください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/names.py" />
      <source>Japan Post</source>
      <translation>日本郵便</translation>
    </message>
    <message>
      <location filename="../station/carriers/__main__.py" />
      <source>Line {line} ({key}, {number}): {problem}</source>
      <translation>{line}行目（{key}、{number}）: {problem}</translation>
    </message>
    <message>
      <location filename="../station/carriers/__main__.py" />
      <source>No contract for {carrier}.</source>
      <translation>{carrier} の契約がありません。</translation>
    </message>
    <message>
      <location filename="../station/carriers/history.py" />
      <source>No parcel of ours has this management number.</source>
      <translation>この管理番号の荷物はありません。</translation>
    </message>
    <message>
      <location filename="../station/carriers/__main__.py" />
      <source>No station database at {path}.</source>
      <translation>{path} に端末のデータベースがありません。</translation>
    </message>
    <message>
      <location filename="../station/carriers/__main__.py" />
      <source>No {carrier} shipments for {day}.</source>
      <translation>{day} の {carrier} の出荷はありません。</translation>
    </message>
    <message>
      <location filename="../station/carriers/numbering.py" />
      <source>No {kind} numbers are left on this station.</source>
      <translation>この端末には {kind} の番号が残っていません。</translation>
    </message>
    <message>
      <location filename="../station/carriers/numbering.py" />
      <source>Only 1 {kind} number is left on this station.</source>
      <translation>この端末に残っている {kind} の番号はあと 1 件です。</translation>
    </message>
    <message>
      <location filename="../station/carriers/corrections.py" />
      <source>Only a supervisor can correct an address.</source>
      <translation>住所を修正できるのは責任者だけです。</translation>
    </message>
    <message>
      <location filename="../station/carriers/numbering.py" />
      <source>Only {count} {kind} numbers are left on this station.</source>
      <translation>この端末に残っている {kind} の番号は {count} 件だけです。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>Pack it in one parcel or choose another service.</source>
      <translation>1個口にまとめるか、別のサービスを選んでください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/export.py" />
      <source>Replace it with a common character in the address or item text.</source>
      <translation>住所や品名のその文字を一般的な文字に置き換えてください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/names.py" />
      <source>Sagawa Express</source>
      <translation>佐川急便</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>Shorten {label} to {limit} full-width characters.</source>
      <translation>{label}を全角{limit}文字以内にしてください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>Split the order into more boxes.</source>
      <translation>注文を複数の箱に分けてください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>Split the parcel or choose a larger service.</source>
      <translation>荷物を分けるか、より大きなサービスを選んでください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>The address</source>
      <translation>住所</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>The addressee has no name.</source>
      <translation>お届け先の名前がありません。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>The addressee name</source>
      <translation>お届け先名</translation>
    </message>
    <message>
      <location filename="../station/carriers/contracts.py" />
      <source>The carrier contract {path} cannot be read: {reason}</source>
      <translation>運送会社の契約ファイル {path} を読み込めません: {reason}</translation>
    </message>
    <message>
      <location filename="../station/carriers/contracts.py" />
      <source>The carrier contract {path} has a wrong value at {key}: {reason}</source>
      <translation>運送会社の契約ファイル {path} の {key} の値が正しくありません: {reason}</translation>
    </message>
    <message>
      <location filename="../station/carriers/contracts.py" />
      <source>The carrier contract {path} is not valid TOML: {reason}</source>
      <translation>運送会社の契約ファイル {path} は正しいTOMLではありません: {reason}</translation>
    </message>
    <message>
      <location filename="../station/carriers/export.py" />
      <source>The character {char} in {value} cannot be written for the carrier.</source>
      <translation>「{value}」の文字「{char}」は運送会社のファイルに書き込めません。</translation>
    </message>
    <message>
      <location filename="../station/carriers/tracking.py" />
      <source>The check digit of {number} is wrong: it should be {digit}.</source>
      <translation>{number} のチェックデジットが違います。正しくは {digit} です。</translation>
    </message>
    <message>
      <location filename="../station/carriers/tracking.py" />
      <source>The check digit of {number} is wrong: it should end in {digit}. Scan the label again or type the number carefully.</source>
      <translation>{number} のチェックデジットが違います。末尾は {digit} のはずです。伝票をもう一度スキャンするか、番号を慎重に入力してください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>The delivery date {date} is before the shipping date {ship}.</source>
      <translation>お届け日 {date} が出荷日 {ship} より前です。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>The delivery date {date} is not a date (YYYY-MM-DD).</source>
      <translation>お届け日 {date} は日付（YYYY-MM-DD）ではありません。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>The handling note (荷扱い)</source>
      <translation>荷扱い</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>The item description (品名)</source>
      <translation>品名</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>The name reading {kana} is not kana.</source>
      <translation>名前の読み「{kana}」がカナではありません。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>The note (記事)</source>
      <translation>記事</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>The phone number {phone} is not a Japanese number.</source>
      <translation>電話番号 {phone} は日本の電話番号ではありません。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>The postcode {postcode} is not seven digits (like 150-0001).</source>
      <translation>郵便番号 {postcode} が7桁ではありません（例: 150-0001）。</translation>
    </message>
    <message>
      <location filename="../station/carriers/corrections.py" />
      <source>There is no order {order}.</source>
      <translation>注文 {order} はありません。</translation>
    </message>
    <message>
      <location filename="../station/carriers/tracking.py" />
      <source>Unknown carrier {carrier}: use yamato, sagawa or japanpost.</source>
      <translation>不明な運送会社 {carrier} です。yamato、sagawa、japanpost のいずれかを指定してください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>Use a smaller packaging or a larger service.</source>
      <translation>より小さい梱包にするか、より大きなサービスを使ってください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>Void the number and issue a new label.</source>
      <translation>番号を無効にして、新しい伝票を発行してください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>Write the reading in katakana or leave it blank.</source>
      <translation>読みはカタカナで入力するか、空欄にしてください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/names.py" />
      <source>Yamato Transport</source>
      <translation>ヤマト運輸</translation>
    </message>
    <message>
      <location filename="../station/carriers/__main__.py" />
      <source>{attached} numbers attached, {unchanged} already there.</source>
      <translation>{attached} 件の番号を登録しました（{unchanged} 件は登録済み）。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>{carrier} has no service {service} in this contract.</source>
      <translation>{carrier} のこの契約には {service} のサービスがありません。</translation>
    </message>
    <message>
      <location filename="../station/carriers/__main__.py" />
      <source>{carrier} {day}: 1 parcel, {done} handed over.</source>
      <translation>{carrier} {day}: 1 個、うち {done} 個引き渡し済み。</translation>
    </message>
    <message>
      <location filename="../station/carriers/__main__.py" />
      <source>{carrier} {day}: {count} parcels, {done} handed over.</source>
      <translation>{carrier} {day}: {count} 個、うち {done} 個引き渡し済み。</translation>
    </message>
    <message>
      <location filename="../station/carriers/__main__.py" />
      <source>{count} shipments in {rows} written to {path}.</source>
      <translation>{count} 件の出荷（{rows}）を {path} に書き出しました。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>{label} is {units:g} characters wide; the carrier takes {limit}.</source>
      <translation>{label}が全角{units:g}文字分あります。運送会社の上限は{limit}文字です。</translation>
    </message>
    <message>
      <location filename="../station/carriers/pickup.py" />
      <source>{number} handed over.</source>
      <translation>{number} を引き渡しました。</translation>
    </message>
    <message>
      <location filename="../station/carriers/__main__.py" />
      <source>{number} is a valid {carrier} number.</source>
      <translation>{number} は有効な {carrier} の番号です。</translation>
    </message>
    <message>
      <location filename="../station/carriers/history.py" />
      <source>{number} is already on {order} box {box}.</source>
      <translation>{number} はすでに {order} の{box}個目に付いています。</translation>
    </message>
    <message>
      <location filename="../station/carriers/pickup.py" />
      <source>{number} is not on today's {carrier} pickup list: keep the parcel back and call a supervisor.</source>
      <translation>{number} は本日の {carrier} 集荷リストにありません。荷物を渡さずに責任者を呼んでください。</translation>
    </message>
    <message>
      <location filename="../station/carriers/pickup.py" />
      <source>{number} was already handed over.</source>
      <translation>{number} は引き渡し済みです。</translation>
    </message>
    <message>
      <location filename="../station/carriers/__main__.py" />
      <source>{order}: {problem} {action}</source>
      <translation>{order}: {problem} {action}</translation>
    </message>
    <message>
      <location filename="../station/carriers/__main__.py" />
      <source>{path} is not a {carrier} issued-history file: {reason}</source>
      <translation>{path} は {carrier} の発行済みデータファイルではありません: {reason}</translation>
    </message>
    <message>
      <location filename="../station/carriers/__main__.py" />
      <source>{rows} rows</source>
      <translation>{rows} 行</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>{service} cannot be sent {cool}.</source>
      <translation>{service}は{cool}で送れません。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>{service} has no time slot {slot}.</source>
      <translation>{service}には時間帯 {slot} がありません。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>{service} takes no cash on delivery.</source>
      <translation>{service}は代金引換を扱いません。</translation>
    </message>
    <message>
      <location filename="../station/carriers/checks.py" />
      <source>{service} takes one parcel per order, not {count}.</source>
      <translation>{service}は1注文1個口です（{count}個ではなく）。</translation>
    </message>
  </context>
  <context>
    <name>Delivery</name>
    <message>
      <location filename="../station/carriers/notice.py" />
      <source>CHILLED (冷蔵): ice pack, cool box</source>
      <translation>冷蔵：保冷剤を入れ、保冷箱で梱包</translation>
    </message>
    <message>
      <location filename="../station/carriers/notice.py" />
      <source>Cash on delivery ¥{amount}: add the COD envelope</source>
      <translation>代金引換 ¥{amount}：代引き封筒を同封</translation>
    </message>
    <message>
      <location filename="../station/carriers/notice.py" />
      <source>Deliver on {date}</source>
      <translation>お届け日 {date}</translation>
    </message>
    <message>
      <location filename="../station/carriers/notice.py" />
      <source>Deliver on {date}, {slot}</source>
      <translation>お届け日 {date} {slot}</translation>
    </message>
    <message>
      <location filename="../station/carriers/notice.py" />
      <source>FROZEN (冷凍): freezer box, pack last</source>
      <translation>冷凍：冷凍用の箱で、最後に梱包</translation>
    </message>
    <message>
      <location filename="../station/carriers/notice.py" />
      <source>Handle: {note}</source>
      <translation>荷扱い：{note}</translation>
    </message>
    <message>
      <location filename="../station/carriers/notice.py" />
      <source>Time slot {slot}</source>
      <translation>時間帯 {slot}</translation>
    </message>
  </context>
</TS>
