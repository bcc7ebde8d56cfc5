#include "governanceview.h"

#include "createproposaldialog.h"
#include "proposallistmodel.h"
#include "proposalpage.h"
#include "votedialog.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace nest::ui {
namespace {
qint64 govWallClock()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

GovernanceView::GovernanceView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProposalListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QComboBox(this))
    , m_new(new QPushButton(this))
    , m_notice(new QLabel(this))
    , m_list(new QTableView(this))
    , m_page(new ProposalPage(this))
    , m_voteDialog(new VoteDialog(this))
    , m_createDialog(new CreateProposalDialog(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ProposalListModel::StatusRole);
    m_proxy->setFilterKeyColumn(0);
    m_list->setModel(m_proxy);
    m_list->setTabKeyNavigation(false); // arrows move between rows, Tab leaves the table
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setSectionResizeMode(ProposalListModel::TitleColumn,
                                                     QHeaderView::Stretch);
    for (int c = ProposalListModel::StatusColumn; c < ProposalListModel::ColumnCount; ++c)
        m_list->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_filter->addItem(QString(), QString()); // every status
    for (int s = int(governance::Status::Pending); s <= int(governance::Status::Executed); ++s)
        m_filter->addItem(QString(), QString::number(s));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_new);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_notice);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_page);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const QString status = m_filter->currentData().toString();
        m_proxy->setFilterRegularExpression(status.isEmpty() ? QString()
                                                             : u"^"_qs + status + u"$"_qs);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GovernanceView::onCurrentChanged);
    connect(m_page, &ProposalPage::voteClicked, this, &GovernanceView::openVoteDialog);
    connect(m_page, &ProposalPage::verifyClicked, this, [this] {
        if (!m_selected.isEmpty())
            Q_EMIT verifyRequested(m_selected);
    });
    connect(m_voteDialog, &VoteDialog::castRequested, this, &GovernanceView::voteRequested);
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_createDialog->reset(govWallClock());
        m_createDialog->open();
    });
    connect(m_createDialog, &CreateProposalDialog::submitted, this,
            &GovernanceView::createRequested);
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &GovernanceView::tick);
    m_clock.start();
    tick();
    m_page->clear();
    retranslateUi();
}

void GovernanceView::setProposals(const QList<governance::Proposal> &proposals)
{
    const QString selected = m_selected;
    m_model->setProposals(proposals);
    m_selected.clear();
    if (!selected.isEmpty() && m_model->find(selected))
        selectProposal(selected);
    else
        m_page->clear();
}

void GovernanceView::upsertProposal(const governance::Proposal &proposal)
{
    m_model->upsert(proposal);
    if (proposal.id == m_selected)
        m_page->setProposal(proposal, govWallClock());
    if (m_voteDialog->isVisible() && m_voteDialog->proposalId() == proposal.id
        && proposal.status != governance::Status::Active
        && m_voteDialog->step() != VoteDialog::Step::Receipt)
        m_voteDialog->showError(tr("Voting on this proposal has closed."));
}

void GovernanceView::selectProposal(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // filtered out: show every status again
        m_filter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void GovernanceView::onCurrentChanged()
{
    const QModelIndex current = m_list->currentIndex();
    const QString id =
        current.isValid() ? current.data(ProposalListModel::IdRole).toString() : QString();
    if (id == m_selected)
        return;
    m_selected = id;
    const governance::Proposal *p = m_model->find(id);
    if (!p) {
        m_page->clear();
    } else {
        m_page->setProposal(*p, govWallClock());
        const auto mine = m_myVotes.constFind(id);
        m_page->setMyVote(mine == m_myVotes.cend() ? std::nullopt : std::optional(*mine));
    }
    Q_EMIT proposalSelected(m_selected);
}

void GovernanceView::setMyVote(const governance::Vote &vote)
{
    m_myVotes.insert(vote.proposalId, vote);
    if (vote.proposalId == m_selected)
        m_page->setMyVote(vote);
}

void GovernanceView::setCanVote(bool canVote)
{
    m_canVote = canVote;
    m_page->setCanVote(canVote);
    m_new->setEnabled(canVote);
}

void GovernanceView::setVerifying(const QString &proposalId)
{
    if (proposalId == m_selected)
        m_page->setVerifying();
}

void GovernanceView::setVerification(const QString &proposalId,
                                     const governance::RecountResult &result)
{
    if (proposalId == m_selected)
        m_page->setVerification(result);
}

void GovernanceView::setVerificationError(const QString &proposalId, const QString &message)
{
    if (proposalId == m_selected)
        m_page->setVerificationError(message);
}

void GovernanceView::setNotice(const QString &notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

QString GovernanceView::notice() const
{
    return m_notice->text();
}

void GovernanceView::openVoteDialog()
{
    const governance::Proposal *p = m_model->find(m_selected);
    if (!p)
        return;
    const auto mine = m_myVotes.constFind(m_selected);
    m_voteDialog->start(*p, mine == m_myVotes.cend() ? QList<int>() : mine->choices);
    m_voteDialog->open();
}

void GovernanceView::tick()
{
    const qint64 now = govWallClock();
    m_model->setNow(now);
    m_page->setNow(now);
}

void GovernanceView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void GovernanceView::retranslateUi()
{
    m_filter->setItemText(0, tr("All proposals"));
    const QStringList names{tr("Pending"), tr("Voting"), tr("Passed"), tr("Rejected"),
                            tr("Executed")};
    for (int i = 0; i < names.size(); ++i)
        m_filter->setItemText(i + 1, names.at(i));
    m_new->setText(tr("New proposal…"));
    m_list->setAccessibleName(tr("Proposals"));
    m_filter->setAccessibleName(tr("Show proposals"));
    m_new->setToolTip(m_canVote ? QString() : tr("Proposing needs the voter role"));
}

} // namespace nest::ui
