<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Camera</name>
    <message>
      <location filename="../scanning/camera.py" />
      <source>Camera off.</source>
      <translation>カメラはオフです。</translation>
    </message>
    <message>
      <location filename="../scanning/camera.py" />
      <source>Camera on: hold the barcode in view.</source>
      <translation>カメラ作動中：バーコードをカメラに向けてください。</translation>
    </message>
    <message>
      <location filename="../scanning/camera.py" />
      <source>No camera found. Scanning with the hand scanner still works.</source>
      <translation>カメラが見つかりません。ハンドスキャナーでのスキャンは引き続き使えます。</translation>
    </message>
    <message>
      <location filename="../scanning/camera.py" />
      <source>Starting the camera...</source>
      <translation>カメラを起動しています…</translation>
    </message>
    <message>
      <location filename="../scanning/photos.py" />
      <source>The camera picture could not be saved.</source>
      <translation>カメラの画像を保存できませんでした。</translation>
    </message>
    <message>
      <location filename="../scanning/photos.py" />
      <source>The camera picture is black: no photo was saved.</source>
      <translation>カメラの画像が真っ黒なため、写真は保存されませんでした。</translation>
    </message>
    <message>
      <location filename="../scanning/camera.py" />
      <source>The camera shows only black: remove the lens cover or check the light.</source>
      <translation>カメラの映像が真っ黒です：レンズカバーを外すか、照明を確認してください。</translation>
    </message>
    <message>
      <location filename="../scanning/camera.py" />
      <source>The camera was disconnected. Scanning with the hand scanner still works; reconnect it to use it again.</source>
      <translation>カメラの接続が切れました。ハンドスキャナーでのスキャンは引き続き使えます。再び使うにはカメラを接続し直してください。</translation>
    </message>
    <message>
      <location filename="../scanning/photos.py" />
      <source>There is no camera picture to save.</source>
      <translation>保存するカメラの画像がありません。</translation>
    </message>
  </context>
  <context>
    <name>Scan</name>
    <message>
      <location filename="../scanning/gs1.py" />
      <source>Malformed GS1 data: {reason}</source>
      <translation>GS1データの形式が正しくありません：{reason}</translation>
    </message>
    <message>
      <location filename="../scanning/interpret.py" />
      <source>Nothing was read. Scan again.</source>
      <translation>何も読み取れませんでした。もう一度スキャンしてください。</translation>
    </message>
    <message>
      <location filename="../scanning/gs1.py" />
      <source>The barcode is too long to be GS1 data ({length} characters).</source>
      <translation>バーコードが長すぎてGS1データではありません（{length}文字）。</translation>
    </message>
    <message>
      <location filename="../scanning/gs1.py" />
      <source>Wrong GTIN check digit in {value}.</source>
      <translation>{value}のGTINチェックデジットが正しくありません。</translation>
    </message>
    <message>
      <location filename="../scanning/gs1.py" />
      <source>Wrong SSCC check digit in {value}.</source>
      <translation>{value}のSSCCチェックデジットが正しくありません。</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../scanning/devices.py" />
      <source>Fix the value, or remove it to use the default.</source>
      <translation>値を修正するか、削除して既定値を使ってください。</translation>
    </message>
    <message>
      <location filename="../scanning/devices.py" />
      <source>Set host to the reader's address, e.g. 10.0.0.21.</source>
      <translation>host にリーダーのアドレスを設定してください（例：10.0.0.21）。</translation>
    </message>
    <message>
      <location filename="../scanning/devices.py" />
      <source>[rfid] reader = "llrp" needs a host.</source>
      <translation>[rfid] reader = "llrp" には host が必要です。</translation>
    </message>
    <message>
      <location filename="../scanning/devices.py" />
      <source>[rfid] reader must be one of {known}, not '{value}'.</source>
      <translation>[rfid] reader は「{value}」ではなく {known} のいずれかにしてください。</translation>
    </message>
  </context>
</TS>
