<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Returns</name>
    <message>
      <location filename="../station/returns/policy.py" />
      <source>'{brand}' already has a policy in {other}.</source>
      <translation>'{brand}' の方針はすでに {other} にあります。</translation>
    </message>
    <message>
      <location filename="../station/returns/policy.py" />
      <source>'{value}' is not a {channel} condition.</source>
      <translation>'{value}' は {channel} のコンディションではありません。</translation>
    </message>
    <message>
      <location filename="../station/returns/rmas.py" />
      <source>'{wants}' is neither refund nor exchange.</source>
      <translation>'{wants}' は返金でも交換でもありません。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>1 expected item is not graded yet. Scan it, or call a supervisor if it is not in the parcel.</source>
      <translation>予定の商品のうち 1 点が未判定です。スキャンするか、荷物にない場合はスーパーバイザーを呼んでください。</translation>
    </message>
    <message>
      <location filename="../station/returns/__main__.py" />
      <source>1 listing written to {path}.</source>
      <translation>1 件の出品データを {path} に書き出しました。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>A reason is only used after choosing another grade.</source>
      <translation>理由は別のグレードを選んだ後にだけ使います。</translation>
    </message>
    <message>
      <location filename="../station/returns/codes.py" />
      <source>Accept the grade</source>
      <translation>グレードを確定</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>All {count} of {sku} are already graded: this is a duplicate scan.</source>
      <translation>{sku} は {count} 点すべて判定済みです。重複スキャンです。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Answer the checklist before changing the grade.</source>
      <translation>グレードを変更する前にチェックリストに回答してください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Answer the checklist first.</source>
      <translation>先にチェックリストに回答してください。</translation>
    </message>
    <message>
      <location filename="../station/returns/codes.py" />
      <source>Answer: {answer}</source>
      <translation>回答：{answer}</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Badge {badge} is not known.</source>
      <translation>バッジ {badge} は登録されていません。</translation>
    </message>
    <message>
      <location filename="../station/returns/codes.py" />
      <source>Camera photo</source>
      <translation>カメラで撮影</translation>
    </message>
    <message>
      <location filename="../station/returns/codes.py" />
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../station/returns/codes.py" />
      <source>Change the grade to {grade}</source>
      <translation>グレードを {grade} に変更</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Changing the grade to {grade} needs a reason: choose one ({reasons}) or cancel.</source>
      <translation>グレードを {grade} に変更するには理由が必要です。理由（{reasons}）を選ぶか、キャンセルしてください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Finish this item first (or cancel it).</source>
      <translation>先にこの商品の検品を終えてください（またはキャンセルしてください）。</translation>
    </message>
    <message>
      <location filename="../station/returns/policy.py" />
      <source>Fix the returns policy file, then restart the station.</source>
      <translation>返品方針ファイルを修正してから、ステーションを再起動してください。</translation>
    </message>
    <message>
      <location filename="../station/returns/decide.py" />
      <source>Full refund: grade {grade} is refunded in full.</source>
      <translation>全額返金：グレード {grade} は全額返金です。</translation>
    </message>
    <message>
      <location filename="../station/returns/decide.py" />
      <source>Full refund: the customer's reason ({reason}) is refunded in full.</source>
      <translation>全額返金：お客様の返品理由（{reason}）は全額返金の対象です。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Grade {grade} ({name}) → {disposition}. Accept it, or choose another grade and a reason.</source>
      <translation>グレード {grade}（{name}）→ {disposition}。確定するか、別のグレードと理由を選んでください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Grade {grade} accepted. {next}</source>
      <translation>グレード {grade} を確定しました。{next}</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Grade {grade} does not exist for {brand} ({known}).</source>
      <translation>グレード {grade} は {brand} にありません（{known}）。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Grade {grade} is fixed by the rule '{rule}' and cannot be changed.</source>
      <translation>グレード {grade} はルール「{rule}」で確定しており、変更できません。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Grade {grade}: {disposition}. Every item is accounted for: {rma} closed.</source>
      <translation>グレード {grade}：{disposition}。全商品を確認しました。{rma} を完了しました。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Grade {grade}: {disposition}. Scan the next item.</source>
      <translation>グレード {grade}：{disposition}。次の商品をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Inspection of this item cancelled; nothing was graded.</source>
      <translation>この商品の検品をキャンセルしました。判定は記録されていません。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Label for {sku} requested again.</source>
      <translation>{sku} のラベルを再印刷します。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Last answer taken back.</source>
      <translation>直前の回答を戻しました。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>No RMA or order found for {code}. Put the parcel aside for a supervisor.</source>
      <translation>{code} に該当するRMAも注文もありません。荷物を別にしてスーパーバイザーに渡してください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>No answer to take back.</source>
      <translation>戻す回答はありません。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>No camera is connected. Add a photo from a file, or go on without one.</source>
      <translation>カメラが接続されていません。ファイルから写真を追加するか、写真なしで続けてください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>No checklist for category {category} of brand {brand}. Call a supervisor.</source>
      <translation>ブランド {brand} のカテゴリ {category} にはチェックリストがありません。スーパーバイザーを呼んでください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>No label to print again.</source>
      <translation>再印刷するラベルはありません。</translation>
    </message>
    <message>
      <location filename="../station/returns/decide.py" />
      <source>No refund: grade {grade} is not refunded.</source>
      <translation>返金なし：グレード {grade} は返金対象外です。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Note added.</source>
      <translation>メモを追加しました。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Notes belong to an item: scan the item first.</source>
      <translation>メモは商品に付けます。先に商品をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Nothing to cancel.</source>
      <translation>キャンセルするものはありません。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Nothing to confirm.</source>
      <translation>確定するものはありません。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Nothing was read. Scan again.</source>
      <translation>読み取れませんでした。もう一度スキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Order {order} is not known at this site: it may never have shipped. Check with a supervisor before grading.</source>
      <translation>注文 {order} はこの拠点で確認できません。出荷されていない可能性があります。検品の前にスーパーバイザーに確認してください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Order {order} was cancelled and never shipped. Check with a supervisor before grading.</source>
      <translation>注文 {order} はキャンセル済みで、出荷されていません。検品の前にスーパーバイザーに確認してください。</translation>
    </message>
    <message>
      <location filename="../station/returns/decide.py" />
      <source>Partial refund: grade {grade} is refunded at {percent}%.</source>
      <translation>一部返金：グレード {grade} は {percent}% の返金です。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Photo attached.</source>
      <translation>写真を添付しました。</translation>
    </message>
    <message>
      <location filename="../station/returns/codes.py" />
      <source>Print the label again</source>
      <translation>ラベルを再印刷</translation>
    </message>
    <message>
      <location filename="../station/returns/rmas.py" />
      <source>RMA {rma}</source>
      <translation>RMA {rma}</translation>
    </message>
    <message>
      <location filename="../station/returns/codes.py" />
      <source>Reason: {reason}</source>
      <translation>理由：{reason}</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Resumed where the station stopped: {name}, {answered} of {questions} questions answered.</source>
      <translation>中断したところから再開しました：{name}、{questions} 問中 {answered} 問回答済み。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Returns need an inspector or supervisor badge.</source>
      <translation>返品処理には検品担当者またはスーパーバイザーのバッジが必要です。</translation>
    </message>
    <message>
      <location filename="../station/returns/policy.py" />
      <source>Returns policy {path} cannot be read: {reason}</source>
      <translation>返品方針 {path} を読み込めません：{reason}</translation>
    </message>
    <message>
      <location filename="../station/returns/policy.py" />
      <source>Returns policy {path}: {where} {problem}</source>
      <translation>返品方針 {path}：{where} {problem}</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Scan an item before answering.</source>
      <translation>回答の前に商品をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Scan the RMA, the return label or the order number first.</source>
      <translation>先にRMA、返送ラベル、または注文番号をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Scan your badge to sign in.</source>
      <translation>バッジをスキャンしてサインインしてください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Serial {serial} is already graded: this is a duplicate scan.</source>
      <translation>シリアル {serial} は判定済みです。重複スキャンです。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Signed in: {name}.</source>
      <translation>サインイン：{name}。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Signed out.</source>
      <translation>サインアウトしました。</translation>
    </message>
    <message>
      <location filename="../station/returns/codes.py" />
      <source>Take back the last answer</source>
      <translation>直前の回答を戻す</translation>
    </message>
    <message>
      <location filename="../station/returns/photos.py" />
      <source>That file is not a photo the station can read (JPEG, PNG, WebP...). Nothing was attached.</source>
      <translation>このファイルはステーションで読める写真（JPEG、PNG、WebPなど）ではありません。何も添付されていません。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>The camera gave no picture. Check it, or add a photo from a file.</source>
      <translation>カメラから画像が取得できません。カメラを確認するか、ファイルから写真を追加してください。</translation>
    </message>
    <message>
      <location filename="../station/returns/photos.py" />
      <source>The photo is empty. Take it again.</source>
      <translation>写真が空です。撮り直してください。</translation>
    </message>
    <message>
      <location filename="../station/returns/photos.py" />
      <source>The photo is too large ({mb} MB). Use a smaller one.</source>
      <translation>写真が大きすぎます（{mb} MB）。小さいものを使ってください。</translation>
    </message>
    <message>
      <location filename="../station/returns/photos.py" />
      <source>The photo {path} cannot be read: {reason}</source>
      <translation>写真 {path} を読み込めません：{reason}</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>There is no returns policy for brand {brand}.</source>
      <translation>ブランド {brand} の返品方針がありません。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>This item belongs to order {order} of another customer. Recorded: put it in the exceptions tote.</source>
      <translation>この商品は別のお客様の注文 {order} のものです。記録しました。例外トートに入れてください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>This item is already being inspected.</source>
      <translation>この商品はすでに検品中です。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>This note has {length} characters; a note can have at most {limit}. Shorten it and add it again.</source>
      <translation>このメモは{length}文字あります。メモは{limit}文字までです。短くしてからもう一度追加してください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>This photo is already attached.</source>
      <translation>この写真はすでに添付されています。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>Unannounced return of order {order}: scan each item.</source>
      <translation>注文 {order} の事前連絡なし返品：商品を1点ずつスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/returns/policy.py" />
      <source>has no field called '{key}' (known fields: {known}).</source>
      <translation>に '{key}' という項目はありません（使える項目：{known}）。</translation>
    </message>
    <message>
      <location filename="../station/returns/policy.py" />
      <source>is missing the field '{key}'.</source>
      <translation>に項目 '{key}' がありません。</translation>
    </message>
    <message>
      <location filename="../station/returns/rmas.py" />
      <source>it has no id.</source>
      <translation>IDがありません。</translation>
    </message>
    <message>
      <location filename="../station/returns/rmas.py" />
      <source>it lists no items.</source>
      <translation>商品が1つもありません。</translation>
    </message>
    <message>
      <location filename="../station/returns/rmas.py" />
      <source>item {number} has no SKU.</source>
      <translation>{number} 番目の商品にSKUがありません。</translation>
    </message>
    <message>
      <location filename="../station/returns/rmas.py" />
      <source>item {number} has no valid price.</source>
      <translation>{number} 番目の商品の価格が正しくありません。</translation>
    </message>
    <message>
      <location filename="../station/returns/rmas.py" />
      <source>item {number} has no valid quantity.</source>
      <translation>{number} 番目の商品の数量が正しくありません。</translation>
    </message>
    <message>
      <location filename="../station/returns/rmas.py" />
      <source>item {number} has no valid, unique line number.</source>
      <translation>{number} 番目の商品の行番号が正しくないか重複しています。</translation>
    </message>
    <message>
      <location filename="../station/returns/models.py" />
      <source>liquidate</source>
      <translation>処分販売</translation>
    </message>
    <message>
      <location filename="../station/returns/policy.py" />
      <source>must be a list of text.</source>
      <translation>は文字列のリストでなければなりません。</translation>
    </message>
    <message>
      <location filename="../station/returns/policy.py" />
      <source>must be a table.</source>
      <translation>はテーブルでなければなりません。</translation>
    </message>
    <message>
      <location filename="../station/returns/policy.py" />
      <source>must be a whole number from 0 to 100.</source>
      <translation>は0から100の整数でなければなりません。</translation>
    </message>
    <message>
      <location filename="../station/returns/policy.py" />
      <source>must be one of {known}.</source>
      <translation>は {known} のいずれかでなければなりません。</translation>
    </message>
    <message>
      <location filename="../station/returns/policy.py" />
      <source>must be text.</source>
      <translation>は文字列でなければなりません。</translation>
    </message>
    <message>
      <location filename="../station/returns/policy.py" />
      <source>must be true or false.</source>
      <translation>は true か false でなければなりません。</translation>
    </message>
    <message>
      <location filename="../station/returns/policy.py" />
      <source>must end with a rule without 'when' (the grade when nothing else matches).</source>
      <translation>の最後は 'when' のないルール（他に該当しないときのグレード）でなければなりません。</translation>
    </message>
    <message>
      <location filename="../station/returns/policy.py" />
      <source>must list at least one question.</source>
      <translation>には質問が1つ以上必要です。</translation>
    </message>
    <message>
      <location filename="../station/returns/policy.py" />
      <source>must list at least one rule.</source>
      <translation>にはルールが1つ以上必要です。</translation>
    </message>
    <message>
      <location filename="../station/returns/policy.py" />
      <source>must name at least one checklist.</source>
      <translation>にはチェックリストが1つ以上必要です。</translation>
    </message>
    <message>
      <location filename="../station/returns/policy.py" />
      <source>must name at least one grade.</source>
      <translation>にはグレードが1つ以上必要です。</translation>
    </message>
    <message>
      <location filename="../station/returns/policy.py" />
      <source>must not be empty.</source>
      <translation>は空にできません。</translation>
    </message>
    <message>
      <location filename="../station/returns/policy.py" />
      <source>names an answer the question does not have: {answer}.</source>
      <translation>に質問にない回答があります：{answer}。</translation>
    </message>
    <message>
      <location filename="../station/returns/policy.py" />
      <source>names an unknown channel '{name}' (known: {known}).</source>
      <translation>に不明な販売チャネル '{name}' があります（使えるもの：{known}）。</translation>
    </message>
    <message>
      <location filename="../station/returns/policy.py" />
      <source>names an unknown grade '{grade}'.</source>
      <translation>に不明なグレード '{grade}' があります。</translation>
    </message>
    <message>
      <location filename="../station/returns/models.py" />
      <source>re-commerce resale</source>
      <translation>リコマース（中古販売）</translation>
    </message>
    <message>
      <location filename="../station/returns/models.py" />
      <source>recycle or destroy</source>
      <translation>リサイクル・廃棄</translation>
    </message>
    <message>
      <location filename="../station/returns/models.py" />
      <source>refurbish</source>
      <translation>修理・再生</translation>
    </message>
    <message>
      <location filename="../station/returns/models.py" />
      <source>restock as new</source>
      <translation>新品として再入庫</translation>
    </message>
    <message>
      <location filename="../station/returns/models.py" />
      <source>return to vendor</source>
      <translation>メーカー返品</translation>
    </message>
    <message>
      <location filename="../station/returns/rmas.py" />
      <source>the field '{key}' is missing.</source>
      <translation>項目 '{key}' がありません。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>{answer}.</source>
      <translation>{answer}。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>{code} is not a known item. Recorded: put it in the exceptions tote.</source>
      <translation>{code} は登録されていない商品です。記録しました。例外トートに入れてください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>{count} expected items are not graded yet. Scan them, or call a supervisor if they are not in the parcel.</source>
      <translation>予定の商品のうち {count} 点が未判定です。スキャンするか、荷物にない場合はスーパーバイザーを呼んでください。</translation>
    </message>
    <message>
      <location filename="../station/returns/__main__.py" />
      <source>{count} listings written to {path}.</source>
      <translation>{count} 件の出品データを {path} に書き出しました。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>{lead} {next}</source>
      <translation>{lead} {next}</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>{lead} {question} ({answers})</source>
      <translation>{lead} {question}（{answers}）</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>{name} has a lot and an expiry date: scan the code that carries them (GS1-128 on the item or its box), not only the barcode.</source>
      <translation>{name} はロット・使用期限の管理品です。JAN コードではなく、ロットと期限を含むコード（商品または箱の GS1-128）をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>{name}, lot {lot}, expiry {expiry}: answer the checklist.</source>
      <translation>{name}（ロット {lot}、期限 {expiry}）：チェック項目に回答してください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>{name}: answer the checklist.</source>
      <translation>{name}：チェックリストに回答してください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>{reason} is not an override reason ({reasons}).</source>
      <translation>{reason} は変更理由ではありません（{reasons}）。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>{rma} belongs to site {site}, not this one ({here}). Do not open it: put it aside for transfer.</source>
      <translation>{rma} は拠点 {site} のもので、この拠点（{here}）のものではありません。開封せず、転送用に別にしてください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>{rma} for {customer}: scan each item.</source>
      <translation>{rma}（{customer} 様）：商品を1点ずつスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>{rma} is already closed. Put the parcel aside for a supervisor.</source>
      <translation>{rma} はすでに完了しています。荷物を別にしてスーパーバイザーに渡してください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>{rma} is still open: scan the next item.</source>
      <translation>{rma} は作業中です。次の商品をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../station/returns/rmas.py" />
      <source>{rma} refused: {why}</source>
      <translation>{rma} を受け付けません：{why}</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>{sku} was not expected in this return. Recorded: put it in the exceptions tote.</source>
      <translation>{sku} はこの返品に含まれる予定ではありません。記録しました。例外トートに入れてください。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>{value} is not an answer to this question.</source>
      <translation>{value} はこの質問の回答ではありません。</translation>
    </message>
    <message>
      <location filename="../station/returns/session.py" />
      <source>{warning} {then}</source>
      <translation>{warning}{then}</translation>
    </message>
  </context>
  <context>
    <name>Returns codes</name>
    <message>
      <location filename="../station/returns/labels.py" />
      <source>About half</source>
      <translation>半分程度</translation>
    </message>
    <message>
      <location filename="../station/returns/labels.py" />
      <source>Allergic reaction</source>
      <translation>肌に合わない</translation>
    </message>
    <message>
      <location filename="../station/returns/labels.py" />
      <source>Better than the rules say</source>
      <translation>基準より状態が良い</translation>
    </message>
    <message>
      <location filename="../station/returns/labels.py" />
      <source>Brand's instruction</source>
      <translation>ブランドの指示</translation>
    </message>
    <message>
      <location filename="../station/returns/labels.py" />
      <source>Changed their mind</source>
      <translation>お客様都合</translation>
    </message>
    <message>
      <location filename="../station/returns/labels.py" />
      <source>Damaged in transit</source>
      <translation>配送中の破損</translation>
    </message>
    <message>
      <location filename="../station/returns/labels.py" />
      <source>Defective</source>
      <translation>不良品</translation>
    </message>
    <message>
      <location filename="../station/returns/labels.py" />
      <source>Full</source>
      <translation>満量</translation>
    </message>
    <message>
      <location filename="../station/returns/labels.py" />
      <source>Hidden damage</source>
      <translation>隠れた損傷</translation>
    </message>
    <message>
      <location filename="../station/returns/labels.py" />
      <source>Little left</source>
      <translation>残りわずか</translation>
    </message>
    <message>
      <location filename="../station/returns/labels.py" />
      <source>Missed by the checklist</source>
      <translation>チェック項目外の問題</translation>
    </message>
    <message>
      <location filename="../station/returns/labels.py" />
      <source>Mostly full</source>
      <translation>ほぼ満量</translation>
    </message>
    <message>
      <location filename="../station/returns/labels.py" />
      <source>No</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <location filename="../station/returns/labels.py" />
      <source>Not as described</source>
      <translation>商品説明と異なる</translation>
    </message>
    <message>
      <location filename="../station/returns/labels.py" />
      <source>Wrong item sent</source>
      <translation>誤配送</translation>
    </message>
    <message>
      <location filename="../station/returns/labels.py" />
      <source>Wrong size</source>
      <translation>サイズ違い</translation>
    </message>
    <message>
      <location filename="../station/returns/labels.py" />
      <source>Yes</source>
      <translation>はい</translation>
    </message>
  </context>
</TS>
