<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>RFID</name>
    <message>
      <location filename="../ui/scanning/rfid_panel.py" />
      <source>All {count} items are in the tote.</source>
      <translation>{count}点すべてがトートに入っています。</translation>
    </message>
    <message>
      <location filename="../ui/scanning/rfid_panel.py" />
      <source>Also read, not items: {tags}.</source>
      <translation>商品以外に読み取ったタグ: {tags}。</translation>
    </message>
    <message>
      <location filename="../ui/scanning/rfid_panel.py" />
      <source>Extra: take out</source>
      <translation>余分：取り出してください</translation>
    </message>
    <message>
      <location filename="../ui/scanning/rfid_panel.py" />
      <source>Matched</source>
      <translation>一致</translation>
    </message>
    <message>
      <location filename="../ui/scanning/rfid_panel.py" />
      <source>Missing</source>
      <translation>不足</translation>
    </message>
    <message>
      <location filename="../ui/scanning/rfid_panel.py" />
      <source>Put the tote on the reader and press Read.</source>
      <translation>トートをリーダーに置いて「読み取り」を押してください。</translation>
    </message>
    <message>
      <location filename="../ui/scanning/rfid_panel.py" />
      <source>Read tote</source>
      <translation>トート読み取り</translation>
    </message>
    <message>
      <location filename="../ui/scanning/rfid_panel.py" />
      <source>Reading the tote...</source>
      <translation>トートを読み取っています…</translation>
    </message>
    <message>
      <location filename="../ui/scanning/rfid_panel.py" />
      <source>The item is in the tote.</source>
      <translation>商品はトートに入っています。</translation>
    </message>
    <message>
      <location filename="../ui/scanning/rfid_panel.py" />
      <source>{matched} matched, {missing} missing, {extra} extra.</source>
      <translation>一致{matched}点、不足{missing}点、余分{extra}点。</translation>
    </message>
  </context>
  <context>
    <name>Scale</name>
    <message>
      <location filename="../ui/scanning/scale_status.py" />
      <source>Scale below zero</source>
      <translation>はかり マイナス表示</translation>
    </message>
    <message>
      <location filename="../ui/scanning/scale_status.py" />
      <source>Scale disconnected</source>
      <translation>はかり 切断</translation>
    </message>
    <message>
      <location filename="../ui/scanning/scale_status.py" />
      <source>Scale error</source>
      <translation>はかり エラー</translation>
    </message>
    <message>
      <location filename="../ui/scanning/scale_status.py" />
      <source>Scale not sending</source>
      <translation>はかり 応答なし</translation>
    </message>
    <message>
      <location filename="../ui/scanning/scale_status.py" />
      <source>Scale overloaded</source>
      <translation>はかり 過負荷</translation>
    </message>
    <message>
      <location filename="../ui/scanning/scale_status.py" />
      <source>Scale starting</source>
      <translation>はかり 接続中</translation>
    </message>
    <message>
      <location filename="../ui/scanning/scale_status.py" />
      <source>Scale {grams} g</source>
      <translation>はかり {grams} g</translation>
    </message>
    <message>
      <location filename="../ui/scanning/scale_status.py" />
      <source>Scale {grams} g (moving)</source>
      <translation>はかり {grams} g（変動中）</translation>
    </message>
  </context>
</TS>
