#include "personalitypanel.h"

#include "personalitylearner.h"
#include "personalityradar.h"
#include "personalityresultsmodel.h"
#include "personalitystyle.h"
#include "personalitytrend.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPixmap>
#include <QVBoxLayout>

#include <algorithm>

namespace nest::ui {

namespace {

// The server keeps at most this many history entries per user; live updates may add more.
constexpr qsizetype personalityMaxHistory = PersonalityTrend::kCapacity;

QJsonObject personalityTraitsJson(const analytics::TraitVector &traits)
{
    QJsonObject object;
    for (int i = 0; i < analytics::kTraits; ++i)
        object.insert(analytics::traitName(i), traits[std::size_t(i)]);
    return object;
}

bool personalitySavePng(QWidget *widget, const QString &path)
{
    // grab() lays out and renders even a widget that was never shown.
    const QPixmap pixmap = widget->grab();
    return !pixmap.isNull() && pixmap.save(path, "PNG");
}

} // namespace

PersonalityPanel::PersonalityPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_results(new PersonalityResultsModel(this))
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_table(new QGridLayout)
    , m_userRow(new QLabel(this))
    , m_cohortRow(new QLabel(this))
    , m_radar(new PersonalityRadar(this))
    , m_trend(new PersonalityTrend(this))
    , m_learner(new PersonalityLearnerView(this))
{
    setObjectName(QStringLiteral("personalityPanel"));
    m_search->setObjectName(QStringLiteral("search")); // the main window's Ctrl+F looks for it
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list->setObjectName(QStringLiteral("personalityResults"));
    m_list->setModel(m_results);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_name->setObjectName(QStringLiteral("personalityName"));
    m_details->setObjectName(QStringLiteral("personalityDetails"));
    // Names and ids are user text: never let a name like "<b>x</b>" become markup.
    for (QLabel *label : {m_name, m_details}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_name->setWordWrap(true);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);

    m_table->addWidget(m_userRow, 1, 0);
    m_table->addWidget(m_cohortRow, 2, 0);
    for (int i = 0; i < analytics::kTraits; ++i) {
        const auto at = std::size_t(i);
        m_traitHeaders[at] = new QLabel(this);
        m_userValues[at] = new QLabel(this);
        m_cohortValues[at] = new QLabel(this);
        QPalette headerPalette = m_traitHeaders[at]->palette();
        headerPalette.setColor(QPalette::WindowText, personalityTraitColor(i));
        m_traitHeaders[at]->setPalette(headerPalette); // ties the column to its trend line
        m_table->addWidget(m_traitHeaders[at], 0, i + 1, Qt::AlignCenter);
        m_table->addWidget(m_userValues[at], 1, i + 1, Qt::AlignCenter);
        m_table->addWidget(m_cohortValues[at], 2, i + 1, Qt::AlignCenter);
    }
    m_table->setColumnStretch(analytics::kTraits + 1, 1);

    auto *left = new QVBoxLayout;
    left->addWidget(m_search);
    left->addWidget(m_list, 1);
    left->addWidget(m_learner, 1);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_radar, 4);
    charts->addWidget(m_trend, 5);
    auto *right = new QVBoxLayout;
    right->addWidget(m_name);
    right->addWidget(m_details);
    right->addLayout(m_table);
    right->addLayout(charts, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 3);
    setTabOrder(m_search, m_list);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kSearchDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] { flushSearch(false); });
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    // Return asks now, and again even for the same text (a refresh).
    connect(m_search, &QLineEdit::returnPressed, this, [this] { flushSearch(true); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PersonalityPanel::onCurrentRowChanged);
    retranslateUi();
}

PersonalityPanel::~PersonalityPanel() = default;

void PersonalityPanel::setSearchResults(const QList<UserSummary> &users)
{
    m_results->setUsers(users);
    // Keep the highlighted row on the user being shown; that selects no one new.
    const int row = m_hasUser ? m_results->rowOf(m_user.id) : -1;
    if (row >= 0)
        m_list->setCurrentIndex(m_results->index(row));
}

void PersonalityPanel::setUserTraits(const TraitHistory &history)
{
    m_hasUser = true;
    m_user = history.user;
    m_history =
        history.history.mid(std::max<qsizetype>(0, history.history.size() - personalityMaxHistory));
    m_radar->setTraits(m_user.traits, m_user.confidence);
    m_trend->setHistory(m_history);
    updateUserText();
}

void PersonalityPanel::setCohortAverage(const analytics::TraitVector &average)
{
    m_cohort = average;
    m_radar->setCohortAverage(average);
    updateUserText();
}

void PersonalityPanel::updateLive(const UserSummary &user)
{
    m_results->updateUser(user);
    if (!m_hasUser || user.id != m_user.id)
        return;
    m_user.traits = user.traits;
    m_user.confidence = user.confidence;
    m_user.samples = user.samples;
    if (!user.name.isEmpty())
        m_user.name = user.name;
    // The stream message carries no timestamp: it is an estimate as of now.
    qint64 ts = QDateTime::currentMSecsSinceEpoch();
    if (!m_history.isEmpty())
        ts = std::max(ts, m_history.last().first);
    appendHistory(ts, user.traits);
    m_radar->setTraits(m_user.traits, m_user.confidence);
    updateUserText();
}

void PersonalityPanel::setModelState(const ModelState &state)
{
    m_learner->setModelState(state);
}

QJsonObject PersonalityPanel::selectedUserJson() const
{
    if (!m_hasUser)
        return {};
    QJsonArray history;
    for (const auto &[ts, traits] : m_history)
        history.append(QJsonObject{{QStringLiteral("ts"), ts},
                                   {QStringLiteral("traits"), personalityTraitsJson(traits)}});
    QJsonObject json{
        {QStringLiteral("user_id"), m_user.id},
        {QStringLiteral("name"), m_user.name},
        {QStringLiteral("traits"), personalityTraitsJson(m_user.traits)},
        {QStringLiteral("confidence"), m_user.confidence},
        {QStringLiteral("samples"), qint64(m_user.samples)},
        {QStringLiteral("history"), history},
    };
    if (m_cohort)
        json.insert(QStringLiteral("cohort_average"), personalityTraitsJson(*m_cohort));
    return json;
}

bool PersonalityPanel::exportRadarPng(const QString &path) const
{
    return personalitySavePng(m_radar, path);
}

bool PersonalityPanel::exportTrendPng(const QString &path) const
{
    return personalitySavePng(m_trend, path);
}

void PersonalityPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool PersonalityPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search field walks into the results, as in a completer popup.
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_results->rowCount() > 0) {
        m_list->setFocus(Qt::TabFocusReason);
        if (!m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_results->index(0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void PersonalityPanel::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search users by id or name"));
    m_search->setAccessibleName(tr("Search users"));
    m_list->setAccessibleName(tr("Search results"));
    m_userRow->setText(tr("Selected user"));
    m_cohortRow->setText(tr("Cohort average"));
    for (int i = 0; i < analytics::kTraits; ++i)
        m_traitHeaders[std::size_t(i)]->setText(personalityTraitLabel(i));
    updateUserText();
}

void PersonalityPanel::flushSearch(bool force)
{
    m_debounce.stop();
    const QString query = m_search->text().trimmed();
    // Typing "ab", Backspace, "b" within the quiet time lands on the same query: ask once.
    if (query == m_lastQuery && !force)
        return;
    m_lastQuery = query;
    Q_EMIT searchRequested(query);
}

void PersonalityPanel::onCurrentRowChanged(const QModelIndex &current)
{
    if (!current.isValid())
        return;
    const UserSummary &user = m_results->userAt(current.row());
    if (m_hasUser && user.id == m_user.id)
        return;
    showUser(user);
    Q_EMIT userSelected(user.id);
}

void PersonalityPanel::showUser(const UserSummary &user)
{
    // The search already carries the latest estimate: show it while the history loads.
    m_hasUser = true;
    m_user = user;
    m_history.clear();
    m_trend->clear();
    m_radar->setTraits(user.traits, user.confidence);
    updateUserText();
}

void PersonalityPanel::updateUserText()
{
    const QLocale loc = locale();
    const auto value = [&loc](double v) { return loc.toString(v, 'f', 2); };
    const QString none = tr("–", "no value yet");
    for (int i = 0; i < analytics::kTraits; ++i) {
        const auto at = std::size_t(i);
        m_userValues[at]->setText(m_hasUser ? value(m_user.traits[at]) : none);
        m_cohortValues[at]->setText(m_cohort ? value((*m_cohort)[at]) : none);
    }
    if (!m_hasUser) {
        m_name->setText(tr("No user selected"));
        m_details->setText(tr("Search for a user by id or name and pick one from the results."));
        return;
    }
    m_name->setText(m_user.name.isEmpty() ? m_user.id : m_user.name);
    m_details->setText(tr("%1 · confidence %2% · samples: %3")
                           .arg(m_user.id, loc.toString(m_user.confidence * 100, 'f', 0),
                                loc.toString(m_user.samples)));
}

void PersonalityPanel::appendHistory(qint64 ts, const analytics::TraitVector &traits)
{
    m_history.append({ts, traits});
    // Trim in chunks so that a long live session does not shift the list on every update.
    if (m_history.size() > personalityMaxHistory + personalityMaxHistory / 10)
        m_history.remove(0, m_history.size() - personalityMaxHistory);
    m_trend->append(ts, traits);
}

} // namespace nest::ui
