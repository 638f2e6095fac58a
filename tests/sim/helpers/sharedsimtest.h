// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "support/testsupport.h"

#include <QObject>

#include <memory>

namespace kedascope::test {

// A QtTest base whose test functions share one sim, started before the first and stopped after the last.
class SharedSimTest : public QObject
{
    Q_OBJECT

public:
    explicit SharedSimTest(RunningSim::Options options) : m_options(options) {}

private slots:
    void initTestCase();
    void cleanupTestCase();

protected:
    std::unique_ptr<RunningSim> m_sim;

private:
    RunningSim::Options m_options;
};

} // namespace kedascope::test
