#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace nest::ui {

//! Help → Keyboard shortcuts: every shortcut of the window, in the user's language and with the
//! platform's key names.
class ShortcutsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_intro;
    QTableWidget *m_table;
};

} // namespace nest::ui
