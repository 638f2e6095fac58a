// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "models/objectdetails.h"

#include <QByteArray>
#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace kedascope::ui {

// The selected object: a summary of its spec, its triggers with their live values, its conditions;
// its HPA and scale target; its latest events; the TriggerAuthentications it uses; and its YAML
// (read-only) with "Copy as clean YAML".
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void showObject(const QByteArray &json);
    // The object and what was gathered about it (parts still loading say so).
    void showDetails(const models::ObjectDetails &details);
    // Nothing selected, or the object could not be read (`message` says why).
    void showNothing(const QString &message = {});

    QString objectKey() const { return m_key; } // "namespace/name" of the object shown
    QString summaryText() const;
    QString scalingText() const;
    QString eventsText() const;
    QString authenticationText() const;
    QString yamlText() const;
    QString cleanYaml() const;
    void copyCleanYaml() const;
    QTabWidget *views() const { return m_tabs; }

Q_SIGNALS:
    void objectShown();
    void detailsUpdated();
    void visibilityChanged(bool visible);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void render();
    void setObjectJson(const QByteArray &json);

    QLabel *m_title;
    QTabWidget *m_tabs;
    QTextBrowser *m_summary;
    QTextBrowser *m_scaling;
    QTextBrowser *m_events;
    QTextBrowser *m_authentication;
    QPlainTextEdit *m_yaml;
    QPushButton *m_copyClean;
    QByteArray m_json;
    QString m_key;
    std::optional<models::ObjectDetails> m_details;
};

} // namespace kedascope::ui
