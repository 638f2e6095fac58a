// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "k8sclient/prometheusapi.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace kedascope::ui {

// Where a context's metric history comes from: a Prometheus server's URL with bearer or basic auth
// and TLS options. The URL, user name and TLS options are remembered per context; the token and the
// password are kept in memory only and never written to the settings.
class PrometheusDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PrometheusDialog(const QString &context, QWidget *parent = nullptr);

    void setConfig(const k8s::prom::ServerConfig &config);
    k8s::prom::ServerConfig config() const;

    // What was saved for `context` (no secrets), and saving it.
    static k8s::prom::ServerConfig savedConfig(const QString &context);
    static void saveConfig(const QString &context, const k8s::prom::ServerConfig &config);

    QLineEdit *urlEdit() const { return m_url; }

private:
    void updateAuthFields();

    QString m_context;
    QLineEdit *m_url;
    QComboBox *m_auth;
    QLineEdit *m_token;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_caFile;
    QCheckBox *m_insecure;
};

} // namespace kedascope::ui
