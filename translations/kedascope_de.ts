<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CellFormat</name>
    <message>
        <location filename="../models/cellformat.cpp" line="93"/>
        <source>True</source>
        <translation>Wahr</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="95"/>
        <source>False</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="97"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="102"/>
        <source>Not reported yet</source>
        <translation>Noch nicht gemeldet</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="105"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="136"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../models/cellformat.cpp" line="170"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="15"/>
        <source>A console for KEDA: see, chart, pause and edit ScaledObjects and ScaledJobs.</source>
        <translation>Eine Konsole für KEDA: ScaledObjects und ScaledJobs ansehen, als Diagramm verfolgen, pausieren und bearbeiten.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="22"/>
        <source>Path to the kubeconfig file to use, instead of $KUBECONFIG.</source>
        <translation>Pfad der zu verwendenden kubeconfig-Datei, statt $KUBECONFIG.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="24"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="27"/>
        <source>The kubeconfig context to open.</source>
        <translation>Der zu öffnende kubeconfig-Kontext.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="28"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="30"/>
        <source>The namespace to show.</source>
        <translation>Der anzuzeigende Namespace.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="31"/>
        <source>namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="34"/>
        <source>Start the built-in demo cluster and connect to it.</source>
        <translation>Den eingebauten Demo-Cluster starten und sich mit ihm verbinden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="37"/>
        <source>How many ScaledObjects the demo cluster holds (0: the built-in demo scenario).</source>
        <translation>Wie viele ScaledObjects der Demo-Cluster enthält (0: das eingebaute Demo-Szenario).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="39"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="42"/>
        <source>Save a picture of the window once its table is filled, then quit.</source>
        <translation>Ein Bild des Fensters speichern, sobald seine Tabelle gefüllt ist, und dann beenden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="44"/>
        <source>file.png</source>
        <translation>datei.png</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="46"/>
        <source>Use a dark colour scheme.</source>
        <translation>Ein dunkles Farbschema verwenden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="61"/>
        <source>--demo-scaled-objects takes a whole number, not &quot;%1&quot;.</source>
        <translation>--demo-scaled-objects erwartet eine ganze Zahl, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>DemoCluster</name>
    <message>
        <location filename="../app/democluster.cpp" line="30"/>
        <source>The demo cluster could not start: %1</source>
        <translation>Der Demo-Cluster konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>DetailsSummary</name>
    <message>
        <location filename="../ui/detailssummary.cpp" line="75"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="84"/>
        <source>&lt;p&gt;The object could not be read.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Objekt konnte nicht gelesen werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="92"/>
        <source>Spec</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="100"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="101"/>
        <location filename="../ui/detailssummary.cpp" line="157"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="103"/>
        <location filename="../ui/detailssummary.cpp" line="116"/>
        <source>Replicas</source>
        <translation>Replikas</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="104"/>
        <location filename="../ui/detailssummary.cpp" line="117"/>
        <source>min %1, max %2</source>
        <translation>min. %1, max. %2</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="107"/>
        <source>Idle replicas</source>
        <translation>Replikas im Leerlauf</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="108"/>
        <location filename="../ui/detailssummary.cpp" line="120"/>
        <source>Polling interval</source>
        <translation>Abfrageintervall</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="109"/>
        <source>Cooldown period</source>
        <translation>Abklingzeit</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="111"/>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="112"/>
        <source>%1 replicas after %2 failures</source>
        <translation>%1 Replikas nach %2 Fehlschlägen</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="114"/>
        <source>HPA</source>
        <translation>HPA</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="121"/>
        <source>Scaling strategy</source>
        <translation>Skalierungsstrategie</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="128"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="129"/>
        <source>Pod identity</source>
        <translation>Pod-Identität</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="131"/>
        <location filename="../ui/detailssummary.cpp" line="191"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detailssummary.cpp" line="168"/>
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n Fehlschlag</numerusform>
            <numerusform>%n Fehlschläge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="171"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="172"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="177"/>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="179"/>
        <location filename="../ui/detailssummary.cpp" line="191"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="179"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="179"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="179"/>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="179"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="179"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="183"/>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="191"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="191"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="191"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/detailssummary.cpp" line="193"/>
        <source>No conditions reported yet.</source>
        <translation>Noch keine Bedingungen gemeldet.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../app/main.cpp" line="28"/>
        <source>Kubeconfig: %1</source>
        <translation>Kubeconfig: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="40"/>
        <source>Demo cluster (kedascope-sim, in-process)</source>
        <translation>Demo-Cluster (kedascope-sim, im Programm)</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="76"/>
        <source>The kubeconfig could not be read: %1</source>
        <translation>Die kubeconfig konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="81"/>
        <source>The kubeconfig has no context. Start the built-in demo cluster to look around, or pass --kubeconfig.</source>
        <translation>Die kubeconfig enthält keinen Kontext. Starten Sie den eingebauten Demo-Cluster, um sich umzusehen, oder geben Sie --kubeconfig an.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="90"/>
        <source>The context &quot;%1&quot; is not in the kubeconfig.</source>
        <translation>Der Kontext „%1“ steht nicht in der kubeconfig.</translation>
    </message>
</context>
<context>
    <name>kedascope::models::ClusterConnection</name>
    <message>
        <location filename="../models/clusterconnection.cpp" line="68"/>
        <source>Connecting</source>
        <translation>Verbinde</translation>
    </message>
    <message>
        <location filename="../models/clusterconnection.cpp" line="70"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../models/clusterconnection.cpp" line="72"/>
        <source>Reconnecting</source>
        <translation>Verbinde neu</translation>
    </message>
    <message>
        <location filename="../models/clusterconnection.cpp" line="74"/>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location filename="../models/clusterconnection.cpp" line="76"/>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <location filename="../models/clusterconnection.cpp" line="78"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>kedascope::models::ContextListModel</name>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="146"/>
        <source>Configuration error: %1</source>
        <translation>Konfigurationsfehler: %1</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="149"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="151"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="153"/>
        <source>Connected (Kubernetes %1)</source>
        <translation>Verbunden (Kubernetes %1)</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="155"/>
        <source>Unreachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="167"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="169"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="171"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="173"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="175"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../models/contextlistmodel.cpp" line="177"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>kedascope::models::NamespaceModel</name>
    <message>
        <location filename="../models/namespacemodel.cpp" line="141"/>
        <source>All namespaces</source>
        <translation>Alle Namespaces</translation>
    </message>
    <message>
        <location filename="../models/namespacemodel.cpp" line="144"/>
        <source>Show objects of every namespace</source>
        <translation>Objekte aller Namespaces anzeigen</translation>
    </message>
    <message>
        <location filename="../models/namespacemodel.cpp" line="145"/>
        <source>Listed by the cluster</source>
        <translation>Vom Cluster aufgelistet</translation>
    </message>
    <message>
        <location filename="../models/namespacemodel.cpp" line="146"/>
        <source>Seen on an object</source>
        <translation>An einem Objekt gesehen</translation>
    </message>
</context>
<context>
    <name>kedascope::models::ScaledJobModel</name>
    <message>
        <location filename="../models/scaledjobmodel.cpp" line="12"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/scaledjobmodel.cpp" line="14"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../models/scaledjobmodel.cpp" line="16"/>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../models/scaledjobmodel.cpp" line="18"/>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location filename="../models/scaledjobmodel.cpp" line="20"/>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <location filename="../models/scaledjobmodel.cpp" line="22"/>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../models/scaledjobmodel.cpp" line="24"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../models/scaledjobmodel.cpp" line="26"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../models/scaledjobmodel.cpp" line="28"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../models/scaledjobmodel.cpp" line="30"/>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <location filename="../models/scaledjobmodel.cpp" line="32"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
</context>
<context>
    <name>kedascope::models::ScaledObjectModel</name>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="158"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="160"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="162"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="164"/>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="166"/>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="168"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="170"/>
        <source>Desired</source>
        <translation>Gewünscht</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="172"/>
        <source>Triggers</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="174"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="176"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="178"/>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="180"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="182"/>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="184"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="273"/>
        <location filename="../models/scaledobjectmodel.cpp" line="285"/>
        <source>From HPA %1</source>
        <translation>Vom HPA %1</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="273"/>
        <location filename="../models/scaledobjectmodel.cpp" line="285"/>
        <source>HPA %1 not seen yet</source>
        <translation>HPA %1 noch nicht gesehen</translation>
    </message>
    <message>
        <location filename="../models/scaledobjectmodel.cpp" line="284"/>
        <source>Paused at %1 replicas</source>
        <translation>Pausiert bei %1 Replikas</translation>
    </message>
</context>
<context>
    <name>kedascope::models::TriggerAuthModel</name>
    <message>
        <location filename="../models/triggerauthmodel.cpp" line="31"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/triggerauthmodel.cpp" line="33"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../models/triggerauthmodel.cpp" line="35"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../models/triggerauthmodel.cpp" line="37"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../models/triggerauthmodel.cpp" line="62"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/triggerauthmodel.cpp" line="98"/>
        <source>%n secret or config map reference(s)</source>
        <translation>
            <numerusform>%n Verweis auf Secret oder ConfigMap</numerusform>
            <numerusform>%n Verweise auf Secrets oder ConfigMaps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kedascope::ui::ConsoleWindow</name>
    <message>
        <location filename="../ui/consolewindow.cpp" line="77"/>
        <source>Start the &amp;demo cluster</source>
        <translation>&amp;Demo-Cluster starten</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="80"/>
        <source>Kedascope</source>
        <translation>Kedascope</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="84"/>
        <location filename="../ui/consolewindow.cpp" line="121"/>
        <source>Contexts</source>
        <translation>Kontexte</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="85"/>
        <source>Double-click or press Enter to open a context</source>
        <translation>Doppelklicken oder Eingabe drücken, um einen Kontext zu öffnen</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="110"/>
        <source>Double-click a context on the left to open it.</source>
        <translation>Doppelklicken Sie links auf einen Kontext, um ihn zu öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="111"/>
        <location filename="../ui/consolewindow.cpp" line="154"/>
        <source>No context to open.</source>
        <translation>Kein Kontext zum Öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="114"/>
        <source>Kubeconfig files</source>
        <translation>Kubeconfig-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="131"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="132"/>
        <source>Start the demo cluster</source>
        <translation>Demo-Cluster starten</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="133"/>
        <source>Starts kedascope-sim, a demo cluster with KEDA objects, inside Kedascope</source>
        <translation>Startet kedascope-sim, einen Demo-Cluster mit KEDA-Objekten, innerhalb von Kedascope</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="145"/>
        <source>Open contexts</source>
        <translation>Geöffnete Kontexte</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="150"/>
        <location filename="../ui/consolewindow.cpp" line="317"/>
        <location filename="../ui/consolewindow.cpp" line="319"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="153"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="182"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="183"/>
        <source>Start the &amp;Demo Cluster</source>
        <translation>&amp;Demo-Cluster starten</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="186"/>
        <source>&amp;Close Context</source>
        <translation>Kontext &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="189"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="190"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="194"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="195"/>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="201"/>
        <source>Copy as Clean &amp;YAML</source>
        <translation>Als bereinigtes &amp;YAML kopieren</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="202"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="205"/>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern…</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="212"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="214"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="216"/>
        <source>Read the kubeconfig again and list afresh (F5)</source>
        <translation>Die kubeconfig neu lesen und neu auflisten (F5)</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="219"/>
        <source>&amp;Next Context</source>
        <translation>&amp;Nächster Kontext</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="220"/>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="222"/>
        <source>&amp;Previous Context</source>
        <translation>&amp;Vorheriger Kontext</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="223"/>
        <source>Ctrl+Shift+Tab</source>
        <translation>Ctrl+Shift+Tab</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="226"/>
        <source>&amp;ScaledObjects</source>
        <translation>&amp;ScaledObjects</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="226"/>
        <source>Scaled&amp;Jobs</source>
        <translation>Scaled&amp;Jobs</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="226"/>
        <source>&amp;TriggerAuthentications</source>
        <translation>&amp;TriggerAuthentications</translation>
    </message>
    <message>
        <location filename="../ui/consolewindow.cpp" line="227"/>
        <source>C&amp;lusterTriggerAuthentications</source>
        <translation>C&amp;lusterTriggerAuthentications</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::ContextTab</name>
    <message>
        <location filename="../ui/contexttab.cpp" line="85"/>
        <source>Context %1</source>
        <translation>Kontext %1</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="105"/>
        <source>Connection problem</source>
        <translation>Verbindungsproblem</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="107"/>
        <source>Connection state</source>
        <translation>Verbindungszustand</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="115"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="116"/>
        <source>The namespace to show; type to search</source>
        <translation>Der anzuzeigende Namespace; tippen zum Suchen</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="133"/>
        <source>ScaledObjects</source>
        <translation>ScaledObjects</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="133"/>
        <source>ScaledJobs</source>
        <translation>ScaledJobs</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="133"/>
        <source>TriggerAuthentications</source>
        <translation>TriggerAuthentications</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="134"/>
        <source>ClusterTriggerAuthentications</source>
        <translation>ClusterTriggerAuthentications</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="135"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="136"/>
        <source>The kind of KEDA object to list</source>
        <translation>Die Art der aufzulistenden KEDA-Objekte</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="139"/>
        <source>Filter: name, key=value, type:kafka, ns:team-a, is:paused|fallback|failing|inactive|active, -word</source>
        <translation>Filter: Name, Schlüssel=Wert, type:kafka, ns:team-a, is:paused|fallback|failing|inactive|active, -Wort</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="141"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="142"/>
        <source>Words that must all match: text in the name or namespace, a label key=value, type:TRIGGER, ns:NAMESPACE, is:paused, is:fallback, is:failing, is:inactive, is:active. A leading - negates a word.</source>
        <translation>Wörter, die alle zutreffen müssen: Text im Namen oder Namespace, ein Label Schlüssel=Wert, type:TRIGGER, ns:NAMESPACE, is:paused, is:fallback, is:failing, is:inactive, is:active. Ein vorangestelltes - verneint ein Wort.</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="150"/>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="161"/>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten zu wählen</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="186"/>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namespace:</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="188"/>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="427"/>
        <source>Fit columns to contents</source>
        <translation>Spalten an Inhalt anpassen</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="493"/>
        <source>in all namespaces</source>
        <translation>in allen Namespaces</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="494"/>
        <source>in the namespace %1</source>
        <translation>im Namespace %1</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="497"/>
        <source>Forbidden: the user %1 may not %2 %3 %4.</source>
        <translation>Verboten: Der Benutzer %1 darf %3 %4 nicht %2.</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="500"/>
        <source>Forbidden: the user %1 may not list %2 %3.</source>
        <translation>Verboten: Der Benutzer %1 darf %2 %3 nicht auflisten.</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="502"/>
        <source>The server said: %1</source>
        <translation>Der Server meldete: %1</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="505"/>
        <source>Choose a namespace you may read.</source>
        <translation>Wählen Sie einen Namespace, den Sie lesen dürfen.</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="519"/>
        <source>Stale: showing what was known %1 ago.</source>
        <translation>Veraltet: Angezeigt wird der Stand von vor %1.</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="522"/>
        <source>Reconnecting.</source>
        <translation>Verbinde neu.</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="525"/>
        <source>Reconnecting…</source>
        <translation>Verbinde neu…</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="526"/>
        <source>Reconnecting after: %1</source>
        <translation>Neuverbindung nach: %1</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="532"/>
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="533"/>
        <source>Press F5 to read the kubeconfig again and reconnect.</source>
        <translation>Drücken Sie F5, um die kubeconfig neu zu lesen und neu zu verbinden.</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="552"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="554"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="556"/>
        <source>Stale, reconnecting</source>
        <translation>Veraltet, verbinde neu</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="556"/>
        <source>Reconnecting</source>
        <translation>Verbinde neu</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="558"/>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="560"/>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="562"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/contexttab.cpp" line="573"/>
        <source>%1 of %n object(s) shown</source>
        <translation>
            <numerusform>%1 von %n Objekt angezeigt</numerusform>
            <numerusform>%1 von %n Objekten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/contexttab.cpp" line="594"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
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
<context>
    <name>kedascope::ui::DetailsPane</name>
    <message>
        <location filename="../ui/detailspane.cpp" line="46"/>
        <location filename="../ui/detailspane.cpp" line="61"/>
        <source>Copy as clean YAML</source>
        <translation>Als bereinigtes YAML kopieren</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="48"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="49"/>
        <source>Selected object</source>
        <translation>Ausgewähltes Objekt</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="55"/>
        <location filename="../ui/detailspane.cpp" line="65"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="57"/>
        <location filename="../ui/detailspane.cpp" line="66"/>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="62"/>
        <source>Copy the object as a manifest, without status and server-set fields</source>
        <translation>Das Objekt als Manifest kopieren, ohne Status und vom Server gesetzte Felder</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="67"/>
        <source>Details views</source>
        <translation>Detailansichten</translation>
    </message>
    <message>
        <location filename="../ui/detailspane.cpp" line="98"/>
        <source>Select an object to see its details.</source>
        <translation>Wählen Sie ein Objekt, um seine Details zu sehen.</translation>
    </message>
</context>
<context>
    <name>kedascope::ui::StateBadgeDelegate</name>
    <message>
        <location filename="../ui/statebadgedelegate.cpp" line="35"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/statebadgedelegate.cpp" line="39"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/statebadgedelegate.cpp" line="39"/>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <location filename="../ui/statebadgedelegate.cpp" line="41"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/statebadgedelegate.cpp" line="41"/>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <location filename="../ui/statebadgedelegate.cpp" line="43"/>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <location filename="../ui/statebadgedelegate.cpp" line="45"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
</TS>
