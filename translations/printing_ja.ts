<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Brand kit</name>
    <message>
      <location filename="../printing/brandkit.py" />
      <source>Brand kit {brand}, {field}: {reason}. A plain insert is printed instead.</source>
      <translation>ブランドキット {brand} の {field}: {reason}。代わりに標準の同梱カードを印刷します。</translation>
    </message>
    <message>
      <location filename="../printing/gift_kit.py" />
      <source>Brand kit {brand}, {field}: {reason}. The default is used.</source>
      <translation>ブランドキット {brand}、{field}：{reason}。既定値を使います。</translation>
    </message>
  </context>
  <context>
    <name>Printing</name>
    <message>
      <location filename="../printing/cli.py" />
      <source>--carrier applies to label-pdf and label-zpl, not to {kind}.</source>
      <translation>--carrier は label-pdf と label-zpl にだけ使えます({kind} には使えません)。</translation>
    </message>
    <message>
      <location filename="../printing/service.py" />
      <source>Background printing needs the station database on disk.</source>
      <translation>バックグラウンド印刷には、ディスク上の端末データベースが必要です。</translation>
    </message>
    <message>
      <location filename="../printing/backends.py" />
      <source>CUPS did not take the job: {reason}</source>
      <translation>CUPS が印刷ジョブを受け付けませんでした: {reason}</translation>
    </message>
    <message>
      <location filename="../printing/backends.py" />
      <source>CUPS is not installed on this station (no lp command).</source>
      <translation>この端末には CUPS がインストールされていません（lp コマンドがありません）。</translation>
    </message>
    <message>
      <location filename="../printing/backends.py" />
      <source>CUPS queue {queue} accepts jobs.</source>
      <translation>CUPS キュー {queue} はジョブを受け付けています。</translation>
    </message>
    <message>
      <location filename="../printing/backends.py" />
      <source>CUPS queue {queue} is not available.</source>
      <translation>CUPS キュー {queue} は使用できません。</translation>
    </message>
    <message>
      <location filename="../printing/backends.py" />
      <source>CUPS queue {queue} is stopped: {reason}</source>
      <translation>CUPS キュー {queue} は停止しています: {reason}</translation>
    </message>
    <message>
      <location filename="../printing/settings.py" />
      <source>Fix the value, or remove it to use the default.</source>
      <translation>値を直すか、削除して既定値を使ってください。</translation>
    </message>
    <message>
      <location filename="../printing/fonts.py" />
      <source>Install fonts-ipaexfont (Debian/Ubuntu) or the font named, then print again.</source>
      <translation>fonts-ipaexfont（Debian/Ubuntu）または指定のフォントをインストールしてから、もう一度印刷してください。</translation>
    </message>
    <message>
      <location filename="../printing/printer_names.py" />
      <source>Network printer {address}</source>
      <translation>ネットワークプリンター {address}</translation>
    </message>
    <message>
      <location filename="../printing/cli.py" />
      <source>Order {order} has no gift message: it gets no gift card.</source>
      <translation>注文 {order} にはギフトメッセージがないため、ギフトカードは印刷しません。</translation>
    </message>
    <message>
      <location filename="../printing/desk.py" />
      <source>Order {order} is cancelled or on hold: nothing was printed.</source>
      <translation>注文 {order} はキャンセルまたは保留中のため、何も印刷していません。</translation>
    </message>
    <message>
      <location filename="../printing/cli.py" />
      <location filename="../printing/desk.py" />
      <location filename="../printing/service.py" />
      <source>Order {order} is not on this station.</source>
      <translation>注文 {order} はこの端末にありません。</translation>
    </message>
    <message>
      <location filename="../printing/printer_names.py" />
      <source>Print folder</source>
      <translation>印刷フォルダー</translation>
    </message>
    <message>
      <location filename="../printing/printer_names.py" />
      <source>Print folder {path}</source>
      <translation>印刷フォルダー {path}</translation>
    </message>
    <message>
      <location filename="../printing/backends.py" />
      <source>Printer {printer} does not answer.</source>
      <translation>プリンター {printer} が応答しません。</translation>
    </message>
    <message>
      <location filename="../printing/backends.py" />
      <source>Printer {printer} is off or unreachable: {reason}</source>
      <translation>プリンター {printer} の電源が切れているか、接続できません: {reason}</translation>
    </message>
    <message>
      <location filename="../printing/zpl_status.py" />
      <source>Printer {printer} is out of paper.</source>
      <translation>プリンター {printer} の用紙が切れています。</translation>
    </message>
    <message>
      <location filename="../printing/zpl_status.py" />
      <source>Printer {printer} is out of ribbon.</source>
      <translation>プリンター {printer} のリボンが切れています。</translation>
    </message>
    <message>
      <location filename="../printing/zpl_status.py" />
      <source>Printer {printer} is paused.</source>
      <translation>プリンター {printer} は一時停止中です。</translation>
    </message>
    <message>
      <location filename="../printing/backends.py" />
      <source>Printer {printer} is ready.</source>
      <translation>プリンター {printer} は準備できています。</translation>
    </message>
    <message>
      <location filename="../printing/zpl_status.py" />
      <source>Printer {printer} reports a memory error: switch it off and on.</source>
      <translation>プリンター {printer} がメモリーエラーを報告しています。電源を入れ直してください。</translation>
    </message>
    <message>
      <location filename="../printing/zpl_status.py" />
      <source>Printer {printer}: the print head is open. Close it.</source>
      <translation>プリンター {printer} の印字ヘッドが開いています。閉じてください。</translation>
    </message>
    <message>
      <location filename="../printing/zpl_status.py" />
      <source>Printer {printer}: the print head is too cold.</source>
      <translation>プリンター {printer} の印字ヘッドの温度が低すぎます。</translation>
    </message>
    <message>
      <location filename="../printing/zpl_status.py" />
      <source>Printer {printer}: the print head is too hot; let it cool down.</source>
      <translation>プリンター {printer} の印字ヘッドが過熱しています。冷めるまでお待ちください。</translation>
    </message>
    <message>
      <location filename="../printing/printer_names.py" />
      <source>Printer {queue} (CUPS)</source>
      <translation>プリンター {queue}（CUPS）</translation>
    </message>
    <message>
      <location filename="../printing/worker.py" />
      <source>Printing failed unexpectedly: {reason}</source>
      <translation>予期しない理由で印刷できませんでした: {reason}</translation>
    </message>
    <message>
      <location filename="../printing/desk.py" />
      <source>Printing tries again by itself. Call a supervisor if this keeps happening.</source>
      <translation>印刷は自動で再試行します。繰り返し起きる場合はスーパーバイザーを呼んでください。</translation>
    </message>
    <message>
      <location filename="../printing/desk.py" />
      <source>Put the parcel on the cancellations or hold shelf.</source>
      <translation>荷物をキャンセル棚または保留棚に置いてください。</translation>
    </message>
    <message>
      <location filename="../printing/backends.py" />
      <source>Saving to {folder}</source>
      <translation>{folder} に保存します</translation>
    </message>
    <message>
      <location filename="../printing/desk.py" />
      <source>The documents of {subject} could not be prepared: {reason}</source>
      <translation>{subject} の書類を用意できませんでした: {reason}</translation>
    </message>
    <message>
      <location filename="../printing/backends.py" />
      <source>The folder {folder} cannot be written.</source>
      <translation>フォルダー {folder} に書き込めません。</translation>
    </message>
    <message>
      <location filename="../printing/backends.py" />
      <source>The folder {folder} cannot be written: {reason}</source>
      <translation>フォルダー {folder} に書き込めません: {reason}</translation>
    </message>
    <message>
      <location filename="../printing/fonts.py" />
      <source>The font file {path} cannot be embedded: {reason}</source>
      <translation>フォントファイル {path} を埋め込めません: {reason}</translation>
    </message>
    <message>
      <location filename="../printing/fonts.py" />
      <source>The font {family} is not installed on this station.</source>
      <translation>フォント {family} がこの端末にインストールされていません。</translation>
    </message>
    <message>
      <location filename="../printing/backends.py" />
      <source>The printer '{spec}' is not understood.</source>
      <translation>プリンター「{spec}」の指定を理解できません。</translation>
    </message>
    <message>
      <location filename="../printing/monitor.py" />
      <source>The state of printer {printer} cannot be read: {reason}</source>
      <translation>プリンター {printer} の状態を読み取れません: {reason}</translation>
    </message>
    <message>
      <location filename="../printing/cli.py" />
      <source>There is no order of brand {brand} on this station.</source>
      <translation>この端末にはブランド {brand} の注文がありません。</translation>
    </message>
    <message>
      <location filename="../printing/fonts.py" />
      <source>Use a TrueType font (.ttf, or .otf with TrueType outlines).</source>
      <translation>TrueType フォント（.ttf、または TrueType アウトラインの .otf）を使ってください。</translation>
    </message>
    <message>
      <location filename="../printing/backends.py" />
      <source>Write folder, folder:PATH, tcp:HOST:PORT or cups:QUEUE.</source>
      <translation>folder、folder:パス、tcp:ホスト:ポート、cups:キュー名 のいずれかで書いてください。</translation>
    </message>
    <message>
      <location filename="../printing/settings.py" />
      <source>{path}: [printers] {key} must be one of: {allowed}.</source>
      <translation>{path}: [printers] の {key} は次のいずれかにしてください: {allowed}。</translation>
    </message>
  </context>
</TS>
