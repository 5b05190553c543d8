<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Insert preview</name>
    <message>
      <location filename="../ui/printing/insert_preview.py" />
      <source>Insert for order {order}, as it will print.</source>
      <translation>注文 {order} の同梱カード（印刷イメージ）</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="../ui/printing/printer_button.py" />
      <source>Insert preview</source>
      <translation>同梱物のプレビュー</translation>
    </message>
    <message>
      <location filename="../ui/printing/wiring.py" />
      <source>Insert preview: {order}</source>
      <translation>同梱物のプレビュー: {order}</translation>
    </message>
    <message>
      <location filename="../ui/printing/printer_button.py" />
      <source>Printers</source>
      <translation>プリンター</translation>
    </message>
    <message>
      <location filename="../ui/printing/printer_button.py" />
      <source>Printers: ready</source>
      <translation>プリンター: 準備完了</translation>
    </message>
    <message>
      <location filename="../ui/printing/printer_button.py" />
      <source>Printers: {count} printing</source>
      <translation>プリンター: {count} 件印刷中</translation>
    </message>
    <message>
      <location filename="../ui/printing/printer_button.py" />
      <source>Printers: {count} waiting, check the printer</source>
      <translation>プリンター: {count} 件待ち、プリンターを確認してください</translation>
    </message>
    <message>
      <location filename="../ui/printing/printer_button.py" />
      <location filename="../ui/printing/wiring.py" />
      <source>Scan your badge, then try again.</source>
      <translation>バッジをスキャンしてから、もう一度お試しください。</translation>
    </message>
    <message>
      <location filename="../ui/printing/printer_button.py" />
      <location filename="../ui/printing/wiring.py" />
      <source>Sign in with your badge to see the printers.</source>
      <translation>プリンターを見るにはバッジでサインインしてください。</translation>
    </message>
  </context>
  <context>
    <name>Printing UI</name>
    <message>
      <location filename="../ui/printing/open_folder.py" />
      <source>Open the print folder</source>
      <translation>印刷フォルダーを開く</translation>
    </message>
    <message>
      <location filename="../ui/printing/printer_status.py" />
      <source>Ready</source>
      <translation>準備完了</translation>
    </message>
    <message>
      <location filename="../ui/printing/printer_status.py" />
      <source>Ready; brand kit problem, printing plain inserts</source>
      <translation>準備完了（ブランドキットに問題があるため、標準の同梱カードを印刷中）</translation>
    </message>
    <message>
      <location filename="../ui/printing/printer_status.py" />
      <source>Retry now</source>
      <translation>今すぐ再試行</translation>
    </message>
    <message>
      <location filename="../ui/printing/printer_status.py" />
      <source>Test page</source>
      <translation>テストページ</translation>
    </message>
    <message>
      <location filename="../ui/printing/printer_status.py" />
      <source>inserts</source>
      <translation>同梱カード</translation>
    </message>
    <message>
      <location filename="../ui/printing/printer_status.py" />
      <source>packing slips</source>
      <translation>納品書</translation>
    </message>
    <message>
      <location filename="../ui/printing/printer_status.py" />
      <source>re-commerce labels</source>
      <translation>リコマースラベル</translation>
    </message>
    <message>
      <location filename="../ui/printing/printer_status.py" />
      <source>shipping labels</source>
      <translation>送り状ラベル</translation>
    </message>
    <message>
      <location filename="../ui/printing/printer_status.py" />
      <source>{count} printing</source>
      <translation>{count} 件印刷中</translation>
    </message>
    <message>
      <location filename="../ui/printing/printer_status.py" />
      <source>{count} waiting: printer problem</source>
      <translation>{count} 件待機中: プリンターの問題</translation>
    </message>
    <message>
      <location filename="../ui/printing/printer_status.py" />
      <source>{printer} ({kinds})</source>
      <translation>{printer}（{kinds}）</translation>
    </message>
  </context>
</TS>
