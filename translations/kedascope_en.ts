<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DetailsSummary</name>
    <message numerus="yes">
        <location filename="../ui/detailssummary.cpp" line="168"/>
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n failure</numerusform>
            <numerusform>%n failures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kedascope::models::TriggerAuthModel</name>
    <message numerus="yes">
        <location filename="../models/triggerauthmodel.cpp" line="98"/>
        <source>%n secret or config map reference(s)</source>
        <translation>
            <numerusform>%n secret or config map reference</numerusform>
            <numerusform>%n secret or config map references</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kedascope::ui::ContextTab</name>
    <message numerus="yes">
        <location filename="../ui/contexttab.cpp" line="573"/>
        <source>%1 of %n object(s) shown</source>
        <translation>
            <numerusform>%1 of %n object shown</numerusform>
            <numerusform>%1 of %n objects shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kedascope::ui::ContextWindow</name>
    <message numerus="yes">
        <location filename="../ui/contextwindow.cpp" line="65"/>
        <source>%n context(s)</source>
        <translation>
            <numerusform>%n context</numerusform>
            <numerusform>%n contexts</numerusform>
        </translation>
    </message>
</context>
</TS>
