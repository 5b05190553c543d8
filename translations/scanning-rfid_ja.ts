<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>RFID</name>
    <message>
      <location filename="../scanning/rfid/epc.py" />
      <source>A company prefix of {length} digits cannot be encoded (6 to 12).</source>
      <translation>{length}桁の事業者コードはエンコードできません（6〜12桁）。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc.py" />
      <source>EPC header {header} is not a supported scheme (SGTIN, SSCC, SGLN, GRAI, GIAI).</source>
      <translation>EPCヘッダー{header}は対応していない方式です（SGTIN、SSCC、SGLN、GRAI、GIAI）。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc.py" />
      <source>EPC {code} is not a valid {scheme}: {reason}</source>
      <translation>EPC {code}は正しい{scheme}ではありません：{reason}</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc.py" />
      <source>EPC {code} is too short for {scheme}: {bits} of {needed} bits.</source>
      <translation>EPC {code}は{scheme}には短すぎます：{needed}ビット中{bits}ビット。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc.py" />
      <source>Filter {value} must be 0 to 7.</source>
      <translation>フィルター値{value}は0〜7でなければなりません。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc.py" />
      <source>Not an EPC: {code} is not hexadecimal.</source>
      <translation>EPCではありません：{code}は16進数ではありません。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc.py" />
      <source>Not an EPC: {code} is too short.</source>
      <translation>EPCではありません：{code}は短すぎます。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc.py" />
      <source>Not an EPC: {length} characters is too long.</source>
      <translation>EPCではありません：{length}文字は長すぎます。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/llrp.py" />
      <source>RFID reading needs the optional 'rfid' extra (llrpkit).</source>
      <translation>RFIDの読み取りには追加パッケージ「rfid」（llrpkit）が必要です。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/tote.py" />
      <source>Scan an order or tote first, then read the tote.</source>
      <translation>先に注文またはトートをスキャンしてから、トートを読み取ってください。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc.py" />
      <source>Serial {serial} cannot be encoded in SGTIN-96: it must be a number below 274877906944 without leading zeros.</source>
      <translation>シリアル{serial}はSGTIN-96にエンコードできません：先頭に0のない274877906944未満の数字が必要です。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/llrp.py" />
      <source>The RFID reader at {host} cannot be reached ({reason}). Check its power and network cable; scanning items by hand still works.</source>
      <translation>{host}のRFIDリーダーに接続できません（{reason}）。電源とネットワークケーブルを確認してください。ハンドスキャナーでのスキャンは引き続き使えます。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/llrp.py" />
      <source>The RFID reader at {host} dropped its connection ({reason}). Read the tote again, or scan the items.</source>
      <translation>{host}のRFIDリーダーの接続が切れました（{reason}）。トートをもう一度読み取るか、商品をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/simulated.py" />
      <source>The RFID reader dropped its connection during the read. Read the tote again, or scan the items.</source>
      <translation>読み取り中にRFIDリーダーの接続が切れました。トートをもう一度読み取るか、商品をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc.py" />
      <source>a number does not fit its partition.</source>
      <translation>数値がパーティションに収まりません。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc.py" />
      <source>character {code} is not allowed in a serial.</source>
      <translation>文字{code}はシリアルに使えません。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc.py" />
      <source>characters after the end of the serial.</source>
      <translation>シリアルの終わりの後に文字があります。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc.py" />
      <source>partition value {value} is reserved.</source>
      <translation>パーティション値{value}は予約されています。</translation>
    </message>
    <message>
      <location filename="../scanning/rfid/epc.py" />
      <source>{gtin} is not a valid GTIN.</source>
      <translation>{gtin}は正しいGTINではありません。</translation>
    </message>
  </context>
</TS>
