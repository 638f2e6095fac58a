<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChartEventMarker</name>
    <message numerus="yes">
        <location filename="../ui/chartmarkers.cpp" line="39"/>
        <source> (%n times since %1)</source>
        <translation>
            <numerusform> (%n times since %1)</numerusform>
            <numerusform> (%n times since %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsSummary</name>
    <message numerus="yes">
        <location filename="../ui/detailssummary.cpp" line="153"/>
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n failure</numerusform>
            <numerusform>%n failures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PauseText</name>
    <message numerus="yes">
        <location filename="../ui/pausetext.cpp" line="34"/>
        <source>hold at %n replica(s)</source>
        <translation>
            <numerusform>hold at %n replica</numerusform>
            <numerusform>hold at %n replicas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pausetext.cpp" line="120"/>
        <source>Paused %n object(s).</source>
        <translation>
            <numerusform>Paused %n object.</numerusform>
            <numerusform>Paused %n objects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pausetext.cpp" line="120"/>
        <source>Resumed %n object(s).</source>
        <translation>
            <numerusform>Resumed %n object.</numerusform>
            <numerusform>Resumed %n objects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pausetext.cpp" line="121"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pausetext.cpp" line="122"/>
        <source>%n changed by someone else</source>
        <translation>
            <numerusform>%n changed by someone else</numerusform>
            <numerusform>%n changed by someone else</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kedascope::models::ManifestApplier</name>
    <message numerus="yes">
        <location filename="../models/manifestapplier.cpp" line="314"/>
        <source>%1 differs from the cluster in %n field(s)</source>
        <translation>
            <numerusform>%1 differs from the cluster in %n field</numerusform>
            <numerusform>%1 differs from the cluster in %n fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kedascope::models::NotificationPolicy</name>
    <message numerus="yes">
        <location filename="../models/notificationpolicy.cpp" line="126"/>
        <source>%n objects: %1</source>
        <translation>
            <numerusform>%n object: %1</numerusform>
            <numerusform>%n objects: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/notificationpolicy.cpp" line="129"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
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
        <location filename="../ui/contexttab.cpp" line="613"/>
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
<context>
    <name>kedascope::ui::EditorLauncher</name>
    <message numerus="yes">
        <location filename="../ui/editorlauncher.cpp" line="238"/>
        <source>Kedascope did not close normally last time. %n editor draft(s) with unsaved changes can be restored.</source>
        <translation>
            <numerusform>Kedascope did not close normally last time. %n editor draft with unsaved changes can be restored.</numerusform>
            <numerusform>Kedascope did not close normally last time. %n editor drafts with unsaved changes can be restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kedascope::ui::EditorWindow</name>
    <message numerus="yes">
        <location filename="../ui/editorwindow.cpp" line="415"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editorwindow.cpp" line="416"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kedascope::ui::EventsConsole</name>
    <message numerus="yes">
        <location filename="../ui/eventsconsole.cpp" line="310"/>
        <source>%1 of %n event(s) shown</source>
        <translation>
            <numerusform>%1 of %n event shown</numerusform>
            <numerusform>%1 of %n events shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kedascope::ui::FleetModel</name>
    <message numerus="yes">
        <location filename="../ui/fleetmodel.cpp" line="170"/>
        <source>The last %n minute(s); double-click to chart</source>
        <translation>
            <numerusform>The last %n minute; double-click to chart</numerusform>
            <numerusform>The last %n minutes; double-click to chart</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kedascope::ui::PauseActions</name>
    <message numerus="yes">
        <location filename="../ui/pauseactions.cpp" line="130"/>
        <source>%n selected object(s) of %1</source>
        <translation>
            <numerusform>%n selected object of %1</numerusform>
            <numerusform>%n selected objects of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pauseactions.cpp" line="144"/>
        <source>%n object(s) of %1</source>
        <translation>
            <numerusform>%n object of %1</numerusform>
            <numerusform>%n objects of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pauseactions.cpp" line="281"/>
        <source>%n objects</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pauseactions.cpp" line="287"/>
        <source>%n planned pause end(s); Object ▸ Paused Objects lists every paused object</source>
        <translation>
            <numerusform>%n planned pause end; Object ▸ Paused Objects lists every paused object</numerusform>
            <numerusform>%n planned pause ends; Object ▸ Paused Objects lists every paused object</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pauseactions.cpp" line="312"/>
        <source>The planned pause of %n object(s) in %1 is over.</source>
        <translation>
            <numerusform>The planned pause of %n object in %1 is over.</numerusform>
            <numerusform>The planned pause of %n objects in %1 is over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pauseactions.cpp" line="318"/>
        <source>
… and %n more</source>
        <translation>
            <numerusform>
… and %n more</numerusform>
            <numerusform>
… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kedascope::ui::PauseDialog</name>
    <message numerus="yes">
        <location filename="../ui/pausedialog.cpp" line="265"/>
        <source>%n object(s) will be paused</source>
        <translation>
            <numerusform>%n object will be paused</numerusform>
            <numerusform>%n objects will be paused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pausedialog.cpp" line="266"/>
        <source>%n object(s) will be resumed</source>
        <translation>
            <numerusform>%n object will be resumed</numerusform>
            <numerusform>%n objects will be resumed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pausedialog.cpp" line="268"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pausedialog.cpp" line="270"/>
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n could not be read</numerusform>
            <numerusform>%n could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pausedialog.cpp" line="274"/>
        <source>Pause %n Object(s)</source>
        <translation>
            <numerusform>Pause %n Object</numerusform>
            <numerusform>Pause %n Objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pausedialog.cpp" line="275"/>
        <source>Resume %n Object(s)</source>
        <translation>
            <numerusform>Resume %n Object</numerusform>
            <numerusform>Resume %n Objects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kedascope::ui::PauseResultDialog</name>
    <message numerus="yes">
        <location filename="../ui/pauseresultdialog.cpp" line="75"/>
        <source>&amp;Undo: Resume %n</source>
        <translation>
            <numerusform>&amp;Undo: Resume %n</numerusform>
            <numerusform>&amp;Undo: Resume %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pauseresultdialog.cpp" line="75"/>
        <source>&amp;Undo: Pause %n Again</source>
        <translation>
            <numerusform>&amp;Undo: Pause %n Again</numerusform>
            <numerusform>&amp;Undo: Pause %n Again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kedascope::ui::PausedView</name>
    <message numerus="yes">
        <location filename="../ui/pausedview.cpp" line="164"/>
        <source>%n paused object(s) in %1 open context(s).</source>
        <translation>
            <numerusform>%n paused object in %1 open context(s).</numerusform>
            <numerusform>%n paused objects in %1 open context(s).</numerusform>
        </translation>
    </message>
</context>
</TS>
