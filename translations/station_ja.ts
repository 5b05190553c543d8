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
      <source>{path}: '{where}' cannot be {found}: {reason}</source>
      <translation>{path}: 「{where}」に {found} は使えません: {reason}</translation>
    </message>
    <message>
      <location filename="../station/settings.py" />
      <source>{path}: '{where}' holds a character it may not hold: {found}. Use letters, digits, '.', '_' and '-'.</source>
      <translation>{path}: 「{where}」に使えない文字が含まれています: {found}。英字、数字、「.」「_」「-」を使ってください。</translation>
    </message>
    <message>
      <location filename="../station/settings.py" />
      <source>{path}: '{where}' must be a known time zone such as Asia/Tokyo, not {found}.</source>
      <translation>{path}: 「{where}」は Asia/Tokyo のような既知のタイムゾーンで指定してください（{found} は使えません）。</translation>
    </message>
    <message>
      <location filename="../station/settings.py" />
      <source>{path}: '{where}' must be a number, not {found}.</source>
      <translation>{path}: 「{where}」は数値で指定してください（{found} は使えません）。</translation>
    </message>
    <message>
      <location filename="../station/settings.py" />
      <source>{path}: '{where}' must be a whole number, not {found}.</source>
      <translation>{path}: 「{where}」は整数で指定してください（{found} は使えません）。</translation>
    </message>
    <message>
      <location filename="../station/settings.py" />
      <source>{path}: '{where}' must be at least {limit}, not {found}.</source>
      <translation>{path}: 「{where}」は {limit} 以上で指定してください（{found} は使えません）。</translation>
    </message>
    <message>
      <location filename="../station/settings.py" />
      <source>{path}: '{where}' must be at most {limit}, not {found}.</source>
      <translation>{path}: 「{where}」は {limit} 以下で指定してください（{found} は使えません）。</translation>
    </message>
    <message>
      <location filename="../station/settings.py" />
      <source>{path}: '{where}' must be more than {limit}, not {found}.</source>
      <translation>{path}: 「{where}」は {limit} より大きい値で指定してください（{found} は使えません）。</translation>
    </message>
    <message>
      <location filename="../station/settings.py" />
      <source>{path}: '{where}' must be one of {allowed}, not {found}.</source>
      <translation>{path}: 「{where}」は {allowed} のいずれかで指定してください（{found} は使えません）。</translation>
    </message>
    <message>
      <location filename="../station/settings.py" />
      <source>{path}: '{where}' must be true or false, not {found}.</source>
      <translation>{path}: 「{where}」は true か false で指定してください（{found} は使えません）。</translation>
    </message>
    <message>
      <location filename="../station/settings.py" />
      <source>{path}: '{where}' must be {expected}.</source>
      <translation>{path}: 「{where}」は {expected} でなければなりません。</translation>
    </message>
    <message>
      <location filename="../station/settings.py" />
      <source>{path}: '{where}' must be {low} to {high} characters long, not {found}.</source>
      <translation>{path}: 「{where}」は {low}〜{high} 文字で指定してください（{found} は使えません）。</translation>
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
    <name>Station</name>
    <message>
      <location filename="../station/read_only_cli.py" />
      <source>No station database at {path}.</source>
      <translation>{path} にステーションのデータベースがありません。</translation>
    </message>
    <message>
      <location filename="../station/read_only_cli.py" />
      <source>The station database {path} cannot be read: {reason}</source>
      <translation>ステーションのデータベース {path} を読み込めません: {reason}</translation>
    </message>
  </context>
  <context>
    <name>Storage</name>
    <message>
      <location filename="../station/storage_errors.py" />
      <source>Check that the data folder exists and the disk is not full.</source>
      <translation>データフォルダーがあること、ディスクに空きがあることを確認してください。</translation>
    </message>
    <message>
      <location filename="../station/storage_errors.py" />
      <source>Check the disk and the file's permissions, then restart.</source>
      <translation>ディスクとファイルの権限を確認してから再起動してください。</translation>
    </message>
    <message>
      <location filename="../station/storage_errors.py" />
      <source>Do not delete it. Call a supervisor: events not yet synced are inside it.</source>
      <translation>削除しないでください。未同期のイベントが入っています。監督者を呼んでください。</translation>
    </message>
    <message>
      <location filename="../station/storage_errors.py" />
      <source>Free space on that disk (old print files, logs, downloads), then try again. Everything recorded before is kept.</source>
      <translation>そのディスクの空き容量を増やしてから（古い印刷ファイル、ログ、ダウンロードなど）、もう一度お試しください。これまでに記録した内容は保持されています。</translation>
    </message>
    <message>
      <location filename="../station/storage_errors.py" />
      <source>Give the station's user write access to the folder (or start with --data-dir on a writable one), then start again. Nothing has been changed.</source>
      <translation>ステーションのユーザーにこのフォルダーへの書き込み権限を与えてから（または --data-dir で書き込めるフォルダーを指定して）、もう一度起動してください。何も変更されていません。</translation>
    </message>
    <message>
      <location filename="../station/storage_errors.py" />
      <source>If this station has never been used, delete the empty file and start again. Otherwise restore the file from its backup, or call a supervisor: do not start the station until then.</source>
      <translation>このステーションを一度も使っていない場合は、空のファイルを削除してから起動し直してください。使っていた場合はバックアップからファイルを復元するか、監督者を呼んでください。それまではステーションを起動しないでください。</translation>
    </message>
    <message>
      <location filename="../station/storage_errors.py" />
      <source>The data folder {folder} is read-only: the station cannot record anything there.</source>
      <translation>データフォルダー {folder} は読み取り専用です。ステーションはここに何も記録できません。</translation>
    </message>
    <message>
      <location filename="../station/storage_errors.py" />
      <source>The disk holding {path} is full: nothing more can be recorded.</source>
      <translation>{path} があるディスクがいっぱいです。これ以上記録できません。</translation>
    </message>
    <message>
      <location filename="../station/storage_errors.py" />
      <source>The station database {path} cannot be opened: {reason}</source>
      <translation>ステーションのデータベース {path} を開けません: {reason}</translation>
    </message>
    <message>
      <location filename="../station/storage_errors.py" />
      <source>The station database {path} cannot be written.</source>
      <translation>ステーションのデータベース {path} に書き込めません。</translation>
    </message>
    <message>
      <location filename="../station/storage_errors.py" />
      <source>The station database {path} is damaged.</source>
      <translation>ステーションのデータベース {path} が壊れています。</translation>
    </message>
    <message>
      <location filename="../station/storage_errors.py" />
      <source>The station database {path} is empty (0 bytes). The station does not start on it, so that it never becomes a new station by accident.</source>
      <translation>ステーションのデータベース {path} が空です（0 バイト）。誤って新しいステーションとして始まらないよう、このファイルでは起動しません。</translation>
    </message>
    <message>
      <location filename="../station/instance_lock.py" />
      <source>The station is already running on {folder}.</source>
      <translation>ステーションは既に {folder} で起動しています。</translation>
    </message>
    <message>
      <location filename="../station/instance_lock.py" />
      <source>Use the window that is already open. If none is visible, wait a moment and start again, or restart the computer.</source>
      <translation>既に開いているウィンドウを使ってください。見当たらない場合は、少し待ってから起動し直すか、コンピューターを再起動してください。</translation>
    </message>
  </context>
</TS>
