<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Camera</name>
    <message>
      <location filename="../scanning/camera.py" line="44" />
      <source>Camera off.</source>
      <translation>カメラはオフです。</translation>
    </message>
    <message>
      <location filename="../scanning/camera.py" line="37" />
      <source>Camera on: hold the barcode in view.</source>
      <translation>カメラ作動中：バーコードをカメラに向けてください。</translation>
    </message>
    <message>
      <location filename="../scanning/camera.py" line="38" />
      <source>No camera found. Scanning with the hand scanner still works.</source>
      <translation>カメラが見つかりません。ハンドスキャナーでのスキャンは引き続き使えます。</translation>
    </message>
    <message>
      <location filename="../scanning/camera.py" line="36" />
      <source>Starting the camera...</source>
      <translation>カメラを起動しています…</translation>
    </message>
    <message>
      <location filename="../scanning/camera.py" line="42" />
      <source>The camera shows only black: remove the lens cover or check the light.</source>
      <translation>カメラの映像が真っ黒です：レンズカバーを外すか、照明を確認してください。</translation>
    </message>
    <message>
      <location filename="../scanning/camera.py" line="40" />
      <source>The camera was disconnected. Scanning with the hand scanner still works; reconnect it to use it again.</source>
      <translation>カメラの接続が切れました。ハンドスキャナーでのスキャンは引き続き使えます。再び使うにはカメラを接続し直してください。</translation>
    </message>
  </context>
  <context>
    <name>Scan</name>
    <message>
      <location filename="../scanning/gs1.py" line="93" />
      <location filename="../scanning/gs1.py" line="83" />
      <source>Malformed GS1 data: {reason}</source>
      <translation>GS1データの形式が正しくありません：{reason}</translation>
    </message>
    <message>
      <location filename="../scanning/interpret.py" line="16" />
      <source>Nothing was read. Scan again.</source>
      <translation>何も読み取れませんでした。もう一度スキャンしてください。</translation>
    </message>
    <message>
      <location filename="../scanning/gs1.py" line="77" />
      <source>The barcode is too long to be GS1 data ({length} characters).</source>
      <translation>バーコードが長すぎてGS1データではありません（{length}文字）。</translation>
    </message>
    <message>
      <location filename="../scanning/gs1.py" line="109" />
      <source>Wrong GTIN check digit in {value}.</source>
      <translation>{value}のGTINチェックデジットが正しくありません。</translation>
    </message>
    <message>
      <location filename="../scanning/gs1.py" line="111" />
      <source>Wrong SSCC check digit in {value}.</source>
      <translation>{value}のSSCCチェックデジットが正しくありません。</translation>
    </message>
  </context>
</TS>
