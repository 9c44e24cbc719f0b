@echo off
chcp 65001 >nul
rem 年终计分.bat：把台账文件（一个或几个，或存放台账的文件夹）拖到本文件的图标上松开，
rem 即可计算全年得分，并为每个单位写出一个工作簿（发给各单位核对）。
rem 结果 考核结果-年度.xlsx 和文件夹 各单位-年度 写在台账所在的文件夹中；
rem 同名文件已存在时另存为 考核结果-年度 (2).xlsx 等，原文件不动。
rem 本文件须为 UTF-8 编码（无 BOM）、CRLF 换行，第二行的 chcp 65001 让中文正常显示。
setlocal
set "KSFK=%~dp0ksfk.exe"
if "%~1"=="" goto no_file
if not exist "%KSFK%" goto no_exe

echo 正在计算全年得分……
echo.
"%KSFK%" score %* --per-unit
set "RC=%ERRORLEVEL%"
echo.
if "%RC%"=="0" goto ok
if "%RC%"=="1" goto ledger_errors
if "%RC%"=="2" goto usage_error
if "%RC%"=="3" goto io_error
echo 计分失败（退出码 %RC%）。
goto done

:ok
echo 完成。上面“已写出”后面是写出的每个文件的完整路径：考核结果工作簿，以及“各单位”文件夹中每个单位的工作簿。
echo 如上面列出了警告，请逐条看过（结果工作簿的“警告”表中也有）。
goto done

:ledger_errors
echo 台账有错误，没有写出任何文件。请按上面列出的位置（工作表!单元格）在台账中改正，保存后再拖入一次。
goto done

:usage_error
echo 没有完成，原因见上面的说明。
goto done

:io_error
echo 读写文件失败，原因见上面的说明。
echo 如果文件正在 Excel 或 WPS 中打开，请先关闭它，再拖入一次。
goto done

:no_exe
echo 找不到 ksfk.exe。请把压缩包全部解压到同一个文件夹，本文件须与 ksfk.exe 放在一起。
set "RC=3"
goto done

:no_file
echo 用法：把台账文件（.xlsx，一个或几个）或台账文件夹拖到本文件的图标上松开。
set "RC=2"

:done
echo.
pause
exit /b %RC%
