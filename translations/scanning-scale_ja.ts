<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Scale</name>
    <message>
      <location filename="../scanning/scale/reader.py" />
      <source>Cannot open the scale on {port}: {reason}</source>
      <translation>{port} のはかりを開けません: {reason}</translation>
    </message>
    <message>
      <location filename="../scanning/scale/reader.py" />
      <source>Check that the USB scale is plugged in and that this user may read its hidraw device.</source>
      <translation>USB はかりが接続されていること、このユーザーが hidraw デバイスを読めることを確認してください。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/reader.py" />
      <source>Check the cable and the [scale] port setting; the weight can still be scanned or typed.</source>
      <translation>ケーブルと [scale] の port 設定を確認してください。重量はスキャンまたは入力でも登録できます。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/cli.py" />
      <source>No reading within {seconds} s.</source>
      <translation>{seconds} 秒以内にはかりから読み取れませんでした。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/cli.py" />
      <source>No stable weight within {seconds} s.</source>
      <translation>{seconds} 秒以内に安定した重量が得られませんでした。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/hid.py" />
      <source>The USB scale needs calibration.</source>
      <translation>USB はかりの校正が必要です。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/hid.py" />
      <source>The USB scale needs zeroing: empty it and scan ZERO.</source>
      <translation>USB はかりのゼロ合わせが必要です。何も載せずに「ゼロ」をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/hid.py" />
      <source>The USB scale reports a fault.</source>
      <translation>USB はかりが故障を報告しています。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/hid.py" />
      <source>The USB scale sent a report that is not a weight ({raw}).</source>
      <translation>USB はかりから重量ではないデータが届きました（{raw}）。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/hid.py" />
      <source>The USB scale sent status {status} unit {unit}, which this station does not know.</source>
      <translation>USB はかりから、このステーションが知らない状態 {status}・単位 {unit} が届きました。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/protocols.py" />
      <source>The scale cannot do that now (MT-SICS EL).</source>
      <translation>はかりは今それを実行できません（MT-SICS EL）。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/protocols.py" />
      <source>The scale could not do it now: wait until it is steady and try again.</source>
      <translation>はかりが今は実行できませんでした。表示が安定してからもう一度試してください。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/reader.py" />
      <source>The scale did not answer the {command} command.</source>
      <translation>はかりが {command} コマンドに応答しませんでした。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/protocols.py" />
      <source>The scale did not understand the command (MT-SICS ES).</source>
      <translation>はかりがコマンドを理解できませんでした（MT-SICS ES）。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/protocols.py" />
      <source>The scale is busy and gave no weight (MT-SICS S I).</source>
      <translation>はかりが処理中のため重量が得られませんでした（MT-SICS S I）。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/protocols.py" />
      <source>The scale is counting pieces: switch it to weight.</source>
      <translation>はかりが個数計数モードです。重量モードに切り替えてください。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/reader.py" />
      <source>The scale is disconnected ({reason}): check its cable and power.</source>
      <translation>はかりが切断されています（{reason}）。ケーブルと電源を確認してください。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/readings.py" />
      <source>The scale is overloaded: take the weight off.</source>
      <translation>はかりが過負荷です。載せた物を降ろしてください。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/readings.py" />
      <source>The scale reads below zero: empty it and scan ZERO.</source>
      <translation>はかりの表示がマイナスです。何も載せずに「ゼロ」をスキャンしてください。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/protocols.py" />
      <source>The scale received a garbled command (MT-SICS ET): check the cable and the port settings.</source>
      <translation>はかりが受け取ったコマンドが壊れていました（MT-SICS ET）。ケーブルとポート設定を確認してください。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/protocols.py" />
      <source>The scale refused: the weight is out of its range.</source>
      <translation>はかりが拒否しました。重量が範囲外です。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/readings.py" />
      <source>The scale sent a line that cannot be read: {raw}</source>
      <translation>はかりから読み取れない行が届きました: {raw}</translation>
    </message>
    <message>
      <location filename="../scanning/scale/readings.py" />
      <source>The scale sent a weight that cannot be read: {raw}</source>
      <translation>はかりから読み取れない重量が届きました: {raw}</translation>
    </message>
    <message>
      <location filename="../scanning/scale/reader.py" />
      <source>The scale sent nothing for {seconds} s: is it on, and is the protocol right?</source>
      <translation>はかりから {seconds} 秒間何も届いていません。電源とプロトコル設定を確認してください。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/cli.py" />
      <source>The weight did not settle within {seconds} s (last {grams} g, moving).</source>
      <translation>{seconds} 秒以内に重量が安定しませんでした（最後は {grams} g、変動中）。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/reader.py" />
      <source>This USB scale is tared and zeroed with its own buttons.</source>
      <translation>この USB はかりの風袋引きとゼロ合わせは、本体のボタンで行ってください。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/reader.py" />
      <source>This scale cannot {command} by command.</source>
      <translation>このはかりはコマンドで {command} できません。</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../scanning/scale/settings.py" />
      <source>Fix the value, or remove it to use the default.</source>
      <translation>値を直すか、削除して既定値を使ってください。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/settings.py" />
      <source>Set port, e.g. /dev/ttyUSB0, COM3 or /dev/hidraw0.</source>
      <translation>port を設定してください（例: /dev/ttyUSB0、COM3、/dev/hidraw0）。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/settings.py" />
      <source>Use the values set on the scale itself.</source>
      <translation>はかり本体で設定されている値を使ってください。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/settings.py" />
      <source>[scale] parity must be N, E or O, bytesize 7 or 8 and stopbits 1 or 2.</source>
      <translation>[scale] の parity は N・E・O、bytesize は 7 か 8、stopbits は 1 か 2 にしてください。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/settings.py" />
      <source>[scale] protocol = "{protocol}" needs a port.</source>
      <translation>[scale] protocol = "{protocol}" には port の指定が必要です。</translation>
    </message>
    <message>
      <location filename="../scanning/scale/settings.py" />
      <source>[scale] protocol must be one of {known}, not '{value}'.</source>
      <translation>[scale] の protocol は {known} のいずれかにしてください（'{value}' は使えません）。</translation>
    </message>
  </context>
</TS>
