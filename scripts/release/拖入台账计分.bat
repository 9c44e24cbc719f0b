@echo off
chcp 65001 >nul
rem 拖入台账计分.bat：把台账文件拖到本文件的图标上松开，即可计分。
rem 年度按台账推断；结果 考核结果-年度.xlsx 写在台账所在的文件夹中（已有同名结果时另存为 考核结果-年度 (2).xlsx 等，原文件不动）。
rem 本文件须为 UTF-8 编码（无 BOM）、CRLF 换行，第二行的 chcp 65001 让中文正常显示。
setlocal
set "KSFK=%~dp0ksfk.exe"
if "%~1"=="" goto no_file
if not exist "%KSFK%" goto no_exe

echo 正在计分："%~1"
echo.
"%KSFK%" score "%~1"
set "RC=%ERRORLEVEL%"
echo.
if "%RC%"=="0" goto ok
if "%RC%"=="1" goto ledger_errors
if "%RC%"=="2" goto usage_error
if "%RC%"=="3" goto io_error
echo 计分失败（退出码 %RC%）。
goto done

:ok
echo 完成。考核结果已写在台账所在的文件夹中，上面“已写出”后面是它的完整路径。
echo 如上面列出了警告，请逐条看过并处理（结果工作簿的“警告”表中也有）。
goto done

:ledger_errors
echo 台账有错误，没有写出结果。请按上面列出的位置（工作表!单元格）在台账中改正，保存后再拖入一次。
goto done

:usage_error
echo 没有计分，原因见上面的说明。
goto done

:io_error
echo 读写文件失败，原因见上面的说明。
echo 如果结果文件正在 Excel 或 WPS 中打开，请先关闭它，再拖入一次。
goto done

:no_exe
echo 找不到 ksfk.exe。请把压缩包全部解压到同一个文件夹，本文件须与 ksfk.exe 放在一起。
set "RC=3"
goto done

:no_file
echo 用法：把台账文件（.xlsx）拖到本文件的图标上松开。
echo 也可以在本文件夹中打开命令提示符，输入：ksfk score 台账.xlsx
set "RC=2"

:done
echo.
pause
exit /b %RC%
