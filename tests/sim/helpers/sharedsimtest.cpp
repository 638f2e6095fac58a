// SPDX-License-Identifier: Apache-2.0
#include "sharedsimtest.h"

#include <QtTest>

namespace kedascope::test {

void SharedSimTest::initTestCase()
{
    m_sim = std::make_unique<RunningSim>(m_options);
    QVERIFY2(m_sim->ok(), m_sim->error().c_str());
}

void SharedSimTest::cleanupTestCase()
{
    m_sim.reset();
}

} // namespace kedascope::test
