// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace kedascope::ui {

// The selected object: a summary of its spec, its triggers with their metric names and health,
// its conditions, and its YAML (read-only) with "Copy as clean YAML".
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void showObject(const QByteArray &json);
    // Nothing selected, or the object could not be read (`message` says why).
    void showNothing(const QString &message = {});

    QString objectKey() const { return m_key; } // "namespace/name" of the object shown
    QString summaryText() const;
    QString yamlText() const;
    QString cleanYaml() const;
    void copyCleanYaml() const;

Q_SIGNALS:
    void objectShown();

private:
    QLabel *m_title;
    QTabWidget *m_tabs;
    QTextBrowser *m_summary;
    QPlainTextEdit *m_yaml;
    QPushButton *m_copyClean;
    QByteArray m_json;
    QString m_key;
};

} // namespace kedascope::ui
