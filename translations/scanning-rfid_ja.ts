<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>RFID</name>
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
  </context>
</TS>
