#pragma once

#include <QFormLayout>
#include <QLabel>

namespace nest::ui {

//! Makes each row's label the buddy of its field, so that screen readers announce the field by
//! its label (Qt names a field after the label whose buddy it is) and the label's mnemonic
//! focuses it. Rows whose label already has a buddy, or whose field is a layout, are left alone.
inline void labelFormFields(QFormLayout *form)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem *labelItem = form->itemAt(row, QFormLayout::LabelRole);
        QLayoutItem *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
        auto *label = labelItem ? qobject_cast<QLabel *>(labelItem->widget()) : nullptr;
        QWidget *field = fieldItem ? fieldItem->widget() : nullptr;
        if (label && field && !label->buddy())
            label->setBuddy(field);
    }
}

} // namespace nest::ui
