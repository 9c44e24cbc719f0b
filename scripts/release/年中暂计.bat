@echo off
chcp 65001 >nul
rem 年中暂计.bat：把台账文件（一个或几个，或存放台账的文件夹）拖到本文件的图标上松开，
rem 即可按某一天的情况暂计得分（日常考核）。
rem 先问日期：直接按回车表示上个月的最后一天；也可输入日期，如 2017-06-30。
rem 结果 考核结果-年度-暂计截至月日.xlsx（如 考核结果-2017-暂计截至0630.xlsx）写在台账所在的文件夹中。
rem 本文件须为 UTF-8 编码（无 BOM）、CRLF 换行，第二行的 chcp 65001 让中文正常显示。
setlocal
set "KSFK=%~dp0ksfk.exe"
if "%~1"=="" goto no_file
if not exist "%KSFK%" goto no_exe

echo 正在暂计……
echo.
rem ksfk 先问日期（直接按回车表示上个月的最后一天），再计分。
"%KSFK%" score %* --ask-date last-month-end
set "RC=%ERRORLEVEL%"
echo.
if "%RC%"=="0" goto ok
if "%RC%"=="1" goto ledger_errors
if "%RC%"=="2" goto usage_error
if "%RC%"=="3" goto io_error
echo 暂计失败（退出码 %RC%）。
goto done

:ok
echo 完成。上面“已写出”后面是写出的文件的完整路径。
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
