<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Errors</name>
    <message>
      <location filename="../ui/errors.py" />
      <source>Packing station</source>
      <translation>梱包ステーション</translation>
    </message>
    <message>
      <location filename="../ui/errors.py" />
      <source>Something went wrong, but your work is saved. If it happens again, call a supervisor. ({kind})</source>
      <translation>問題が発生しましたが、作業内容は保存されています。再び起きたら監督者を呼んでください。（{kind}）</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Not signed in</source>
      <translation>未サインイン</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Pack</source>
      <translation>梱包</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Packing station</source>
      <translation>梱包ステーション</translation>
    </message>
    <message>
      <location filename="../ui/app.py" />
      <source>Returns</source>
      <translation>返品</translation>
    </message>
    <message>
      <location filename="../ui/main_window.py" />
      <source>Station {station} · Site {site}</source>
      <translation>ステーション {station} · 拠点 {site}</translation>
    </message>
    <message>
      <location filename="../ui/app.py" />
      <source>Supervisor</source>
      <translation>監督者</translation>
    </message>
    <message>
      <location filename="../ui/app.py" />
      <source>The station is already open in this window: a second start was stopped.</source>
      <translation>ステーションはこのウィンドウで既に開いています。2 回目の起動は中止しました。</translation>
    </message>
  </context>
  <context>
    <name>Splash</name>
    <message>
      <location filename="../ui/splash.py" />
      <source>The packing station is starting…</source>
      <translation>梱包ステーションを起動しています…</translation>
    </message>
  </context>
</TS>
