<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
  <context>
    <name>Errors</name>
    <message>
      <location filename="../station/errors.py" />
      <source>Call a supervisor if this keeps happening.</source>
      <translation>繰り返し起きる場合は監督者を呼んでください。</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../station/settings.py" />
      <source>Check the path, or start without --config to use the defaults.</source>
      <translation>パスを確認するか、--config なしで起動して既定値を使ってください。</translation>
    </message>
    <message>
      <location filename="../station/settings.py" />
      <source>Fix the line named, or restore the file from its backup.</source>
      <translation>示された行を直すか、バックアップからファイルを復元してください。</translation>
    </message>
    <message>
      <location filename="../station/settings.py" />
      <source>Fix the value, or remove it to use the default.</source>
      <translation>値を直すか、削除して既定値を使ってください。</translation>
    </message>
    <message>
      <location filename="../station/settings.py" />
      <source>Known sections: {known}.</source>
      <translation>使えるセクション: {known}。</translation>
    </message>
    <message>
      <location filename="../station/settings.py" />
      <source>Known settings: {known}.</source>
      <translation>使える設定: {known}。</translation>
    </message>
    <message>
      <location filename="../station/settings.py" />
      <source>The settings file {path} cannot be read: {reason}</source>
      <translation>設定ファイル {path} を読み込めません: {reason}</translation>
    </message>
    <message>
      <location filename="../station/settings.py" />
      <source>The settings file {path} does not exist.</source>
      <translation>設定ファイル {path} がありません。</translation>
    </message>
    <message>
      <location filename="../station/settings.py" />
      <source>Update the file to the current format described in the README.</source>
      <translation>README に記載の現在の形式にファイルを更新してください。</translation>
    </message>
    <message>
      <location filename="../station/settings.py" />
      <source>{path}: '{where}' must be {expected}.</source>
      <translation>{path}: 「{where}」は {expected} でなければなりません。</translation>
    </message>
    <message>
      <location filename="../station/settings.py" />
      <source>{path}: [{section}] has no setting called '{key}'.</source>
      <translation>{path}: [{section}] に「{key}」という設定はありません。</translation>
    </message>
    <message>
      <location filename="../station/settings.py" />
      <source>{path}: settings version {found} is not supported (expected {want}).</source>
      <translation>{path}: 設定バージョン {found} には対応していません（対応: {want}）。</translation>
    </message>
    <message>
      <location filename="../station/settings.py" />
      <source>{path}: there is no [{section}] section.</source>
      <translation>{path}: [{section}] というセクションはありません。</translation>
    </message>
  </context>
  <context>
    <name>Storage</name>
    <message>
      <location filename="../station/store.py" />
      <source>Check that the data folder exists and the disk is not full.</source>
      <translation>データフォルダーがあること、ディスクに空きがあることを確認してください。</translation>
    </message>
    <message>
      <location filename="../station/store.py" />
      <source>Check the disk and the file's permissions, then restart.</source>
      <translation>ディスクとファイルの権限を確認してから再起動してください。</translation>
    </message>
    <message>
      <location filename="../station/store.py" />
      <source>Do not delete it. Call a supervisor: events not yet synced are inside it.</source>
      <translation>削除しないでください。未同期のイベントが入っています。監督者を呼んでください。</translation>
    </message>
    <message>
      <location filename="../station/store.py" />
      <source>The station database {path} cannot be opened: {reason}</source>
      <translation>ステーションのデータベース {path} を開けません: {reason}</translation>
    </message>
    <message>
      <location filename="../station/store.py" />
      <source>The station database {path} cannot be written.</source>
      <translation>ステーションのデータベース {path} に書き込めません。</translation>
    </message>
    <message>
      <location filename="../station/store.py" />
      <source>The station database {path} is damaged.</source>
      <translation>ステーションのデータベース {path} が壊れています。</translation>
    </message>
  </context>
</TS>
