<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="16"/>
        <source>A console for KEDA: see, chart, pause and edit ScaledObjects and ScaledJobs.</source>
        <translation>Eine Konsole für KEDA: ScaledObjects und ScaledJobs ansehen, als Diagramm verfolgen, pausieren und bearbeiten.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="22"/>
        <source>Path to the kubeconfig file to use, instead of $KUBECONFIG.</source>
        <translation>Pfad der zu verwendenden kubeconfig-Datei, statt $KUBECONFIG.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="23"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="25"/>
        <source>The kubeconfig context to open.</source>
        <translation>Der zu öffnende kubeconfig-Kontext.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="26"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="28"/>
        <source>The namespace to show.</source>
        <translation>Der anzuzeigende Namespace.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="29"/>
        <source>namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="32"/>
        <source>Start the built-in demo cluster and connect to it.</source>
        <translation>Den eingebauten Demo-Cluster starten und sich mit ihm verbinden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="35"/>
        <source>How many ScaledObjects the demo cluster holds.</source>
        <translation>Wie viele ScaledObjects der Demo-Cluster enthält.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="36"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="49"/>
        <source>--demo-scaled-objects takes a whole number, not &quot;%1&quot;.</source>
        <translation>--demo-scaled-objects erwartet eine ganze Zahl, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>DemoCluster</name>
    <message>
        <location filename="../app/democluster.cpp" line="29"/>
        <source>The demo cluster could not start: %1</source>
        <translation>Der Demo-Cluster konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/main.cpp" line="23"/>
        <source>Kubeconfig: %1</source>
        <translation>Kubeconfig: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="49"/>
        <source>Demo cluster (kedascope-sim, in-process)</source>
        <translation>Demo-Cluster (kedascope-sim, im Programm)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>No kubeconfig context was found. Run &quot;kedascope --demo&quot; to try the built-in demo cluster, or pass --kubeconfig.</source>
        <translation>Es wurde kein kubeconfig-Kontext gefunden. Starten Sie „kedascope --demo“, um den eingebauten Demo-Cluster auszuprobieren, oder geben Sie --kubeconfig an.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>The context &quot;%1&quot; is not in the kubeconfig.</source>
        <translation>Der Kontext „%1“ steht nicht in der kubeconfig.</translation>
    </message>
</context>
<context>
    <name>kedascope::models::ContextListModel</name>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="126"/>
        <source>Configuration error: %1</source>
        <translation>Konfigurationsfehler: %1</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="129"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="131"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="133"/>
        <source>Connected (Kubernetes %1)</source>
        <translation>Verbunden (Kubernetes %1)</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="135"/>
        <source>Unreachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="147"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="149"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="151"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="153"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="155"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="157"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::ContextWindow</name>
    <message>
        <location filename="../ui/contextwindow.cpp" line="24"/>
        <source>Kedascope</source>
        <translation>Kedascope</translation>
    </message>
    <message>
        <location filename="../ui/contextwindow.cpp" line="27"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../ui/contextwindow.cpp" line="30"/>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <location filename="../ui/contextwindow.cpp" line="32"/>
        <source>Connect to every context again (%1)</source>
        <translation>Erneut mit jedem Kontext verbinden (%1)</translation>
    </message>
    <message>
        <location filename="../ui/contextwindow.cpp" line="38"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/contextwindow.cpp" line="43"/>
        <source>Kubeconfig files</source>
        <translation>Kubeconfig-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/contextwindow.cpp" line="46"/>
        <source>Contexts</source>
        <translation>Kontexte</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contextwindow.cpp" line="65"/>
        <source>%n context(s)</source>
        <translation>
            <numerusform>%n Kontext</numerusform>
            <numerusform>%n Kontexte</numerusform>
        </translation>
    </message>
</context>
</TS>
