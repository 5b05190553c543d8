<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Materials</name>
    <message>
      <location filename="../station/materials/export.py" />
      <source>Amount (yen)</source>
      <translation>金額（円）</translation>
    </message>
    <message>
      <location filename="../station/materials/catalogue.py" />
      <source>Check that the file exists and is UTF-8 text.</source>
      <translation>ファイルが存在し、UTF-8 のテキストであることを確認してください。</translation>
    </message>
    <message>
      <location filename="../station/materials/catalogue.py" />
      <source>Correct that key in the materials file.</source>
      <translation>資材ファイルのその項目を直してください。</translation>
    </message>
    <message>
      <location filename="../station/materials/export.py" />
      <source>Count</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../station/materials/export.py" />
      <source>Day</source>
      <translation>日付</translation>
    </message>
    <message>
      <location filename="../station/materials/catalogue.py" />
      <source>Fix the line named and load it again.</source>
      <translation>示された行を直してから、もう一度読み込んでください。</translation>
    </message>
    <message>
      <location filename="../station/materials/export.py" />
      <source>Kind</source>
      <translation>種類</translation>
    </message>
    <message>
      <location filename="../station/materials/export.py" />
      <source>Material</source>
      <translation>資材</translation>
    </message>
    <message>
      <location filename="../station/materials/export.py" />
      <source>Material code</source>
      <translation>資材コード</translation>
    </message>
    <message>
      <location filename="../station/materials/export.py" />
      <source>Order</source>
      <translation>注文番号</translation>
    </message>
    <message>
      <location filename="../station/materials/export.py" />
      <source>Orders</source>
      <translation>注文別</translation>
    </message>
    <message>
      <location filename="../station/materials/export.py" />
      <source>Rate (yen)</source>
      <translation>単価（円）</translation>
    </message>
    <message>
      <location filename="../station/materials/export.py" />
      <source>Summary</source>
      <translation>集計</translation>
    </message>
    <message>
      <location filename="../station/materials/catalogue.py" />
      <source>The materials file {path} cannot be read: {reason}</source>
      <translation>資材ファイル {path} を読み込めません: {reason}</translation>
    </message>
    <message>
      <location filename="../station/materials/catalogue.py" />
      <source>The materials file {path} has a wrong value at {key}: {reason}</source>
      <translation>資材ファイル {path} の {key} の値が正しくありません: {reason}</translation>
    </message>
    <message>
      <location filename="../station/materials/catalogue.py" />
      <source>The materials file {path} is not valid TOML: {reason}</source>
      <translation>資材ファイル {path} は正しい TOML ではありません: {reason}</translation>
    </message>
    <message>
      <location filename="../station/materials/__main__.py" />
      <source>The period starts ({first}) after it ends ({last}).</source>
      <translation>期間の開始日（{first}）が終了日（{last}）より後です。</translation>
    </message>
    <message>
      <location filename="../station/materials/export.py" />
      <source>Total ({orders} orders)</source>
      <translation>合計（{orders} 件）</translation>
    </message>
    <message>
      <location filename="../station/materials/export.py" />
      <source>Unit</source>
      <translation>単位</translation>
    </message>
    <message>
      <location filename="../station/materials/__main__.py" />
      <source>Write the bill to a .csv or .xlsx file, not {path}.</source>
      <translation>請求データは .csv または .xlsx ファイルに出力してください（{path} は使えません）。</translation>
    </message>
    <message>
      <location filename="../station/materials/__main__.py" />
      <source>{day} is not a day: write it as YYYY-MM-DD (2026-12-01).</source>
      <translation>{day} は日付ではありません。YYYY-MM-DD（2026-12-01）の形で入力してください。</translation>
    </message>
    <message>
      <location filename="../station/materials/__main__.py" />
      <source>{orders} orders of {brand} written to {path}.</source>
      <translation>{brand} の {orders} 件の注文を {path} に書き出しました。</translation>
    </message>
  </context>
  <context>
    <name>Pack</name>
    <message>
      <location filename="../station/materials/usage.py" />
      <source>Material {code} is not in this site's materials file. Scan another material code, or call a supervisor.</source>
      <translation>資材 {code} はこの拠点の資材ファイルにありません。別の資材コードをスキャンするか、責任者を呼んでください。</translation>
    </message>
    <message>
      <location filename="../station/materials/usage.py" />
      <source>Undone: {material} × {quantity} for box {box}.</source>
      <translation>取り消しました: {material} × {quantity}（{box} 箱目）</translation>
    </message>
    <message>
      <location filename="../station/materials/usage.py" />
      <source>{material} × {quantity} for box {box}.</source>
      <translation>{material} × {quantity}（{box} 箱目）</translation>
    </message>
  </context>
</TS>
