@echo off
chcp 65001 >nul
rem 比较两次结果.bat：列出两次计分之间总分、名次或扣分有变动的单位（例如申诉前后）。
rem 把两个考核结果工作簿一起拖到本文件的图标上松开：较早写出的为旧结果；
rem 只拖一个：与它所在文件夹中比它早的最新一份结果比较；
rem 拖一个文件夹：比较其中最新的两份结果。结果按内容识别，与文件名无关。
rem 本文件须为 UTF-8 编码（无 BOM）、CRLF 换行，第二行的 chcp 65001 让中文正常显示。
setlocal
set "KSFK=%~dp0ksfk.exe"
if "%~1"=="" goto no_file
if not exist "%KSFK%" goto no_exe

"%KSFK%" diff --by-time %*
set "RC=%ERRORLEVEL%"
echo.
if "%RC%"=="0" goto ok
if "%RC%"=="1" goto not_result
if "%RC%"=="2" goto usage_error
if "%RC%"=="3" goto io_error
echo 比较失败（退出码 %RC%）。
goto done

:ok
echo 比较完成（只比较，没有写出任何文件）。上面先列出比较的两个结果的完整路径，再列出有变动的单位。
goto done

:not_result
echo 拖入的文件不是 ksfk 写出的考核结果，原因见上面的说明。请拖入考核结果工作簿。
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
echo 用法：把两个考核结果工作簿一起拖到本文件的图标上松开；或只拖一个，与它之前的一份结果比较。
set "RC=2"

:done
echo.
pause
exit /b %RC%
