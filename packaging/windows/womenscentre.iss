; Inno Setup script: installs the one-folder build for the current user, no admin rights.
;
; Build the bundle on Windows first (python packaging\build_bundle.py), then compile this
; with Inno Setup 6.3 or later from the top of the checkout:
;
;     iscc packaging\windows\womenscentre.iss
;
; The installer lands in dist\installer\. It copies dist\womenscentre\ (the windowed
; womenscentre.exe, the console womenscentre-cli.exe and their shared _internal folder) to
; %LOCALAPPDATA%\Programs\womenscentre and adds a Start menu entry for the windowed app.
;
; Uninstalling removes the program files only. The vault lives in the data folder
; (%LOCALAPPDATA%\womenscentre) and is never touched by installing, upgrading or
; uninstalling: losing a centre's records to an uninstaller is not an acceptable outcome.
;
; Keep AppVersion in step with womenscentre/__init__.py (a test checks it).

#define AppName "womenscentre"
#define AppVersion "0.1.0"
#define AppExe "womenscentre.exe"
#define CliExe "womenscentre-cli.exe"
#define BundleDir "..\..\dist\womenscentre"

[Setup]
; A fixed AppId keeps upgrades in place; never change it once released.
AppId={{6F1D3C52-8B0E-4F7A-9E0B-2C5D7A4E9B13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The womenscentre project
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install: no administrator needed, nothing written for other accounts.
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist\installer
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=womenscentre.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Close a running copy before replacing its files, so no half-updated app is left behind.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundled libraries whole, so a file dropped from a newer build
; can't linger and be loaded by mistake.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Case recording for women's centres"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
