<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BusyWaiter</name>
    <message numerus="yes">
        <source>Not saved: the project is busy — another program kept writing to it for %n second(s).</source>
        <translation>
            <numerusform>Not saved: the project is busy — another program kept writing to it for %n second.</numerusform>
            <numerusform>Not saved: the project is busy — another program kept writing to it for %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
