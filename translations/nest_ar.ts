<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>ApiError</name>
    <message>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the connection and try again.</source>
        <translation>تعذّر الوصول إلى الخادم. تحقّق من الاتصال وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>لم يستجب الخادم في الوقت المحدد. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>رفض الخادم الطلب.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session ended. Sign in again.</source>
        <translation>لم تسجّل الدخول، أو انتهت جلستك. سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>لا يملك حسابك صلاحية تنفيذ هذا الإجراء.</translation>
    </message>
    <message>
        <source>Not found. It may have been removed.</source>
        <translation>العنصر غير موجود. ربما تمت إزالته.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %Ln s.</source>
        <translation>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %Ln ثانية.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %Ln ثانية.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %Ln ثانيتين.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %Ln ثوانٍ.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %Ln ثانية.</numerusform>
            <numerusform>محاولات كثيرة جدًا. حاول مرة أخرى بعد %Ln ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>محاولات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The server ran into a problem. Try again later.</source>
        <translation>واجه الخادم مشكلة. حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot read.</source>
        <translation>أرسل الخادم ردًا لا يستطيع هذا التطبيق قراءته.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>تم الإلغاء.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>حدث خطأ ما.</translation>
    </message>
</context>
<context>
    <name>nest::client::ApiJob</name>
    <message>
        <source>The call was cancelled.</source>
        <translation>تم إلغاء الطلب.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB.</source>
        <translation>يتجاوز حجم رد الخادم %1 MiB.</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>لم يصل أي رد خلال %1 ثانية.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 عند البايت %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1).</source>
        <translation>رد الخادم ليس بتنسيق JSON صالح (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is incomplete (%1).</source>
        <translation>رد الخادم غير مكتمل (%1).</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>ردّ الخادم بالرمز HTTP %1.</translation>
    </message>
</context>
<context>
    <name>nest::client::SecretStore</name>
    <message>
        <source>No system keychain is available (%1). You stay signed in until Nest Desktop quits, and will have to sign in again next time. Nothing is saved to disk.</source>
        <translation>سلسلة مفاتيح النظام غير متوفرة (%1). ستبقى مسجّل الدخول حتى إغلاق Nest Desktop، وسيتعيّن عليك تسجيل الدخول مجددًا في المرة القادمة. لن يُحفظ أي شيء على القرص.</translation>
    </message>
</context>
<context>
    <name>nest::client::Session</name>
    <message>
        <source>The saved session belongs to another server.</source>
        <translation>الجلسة المحفوظة تخص خادمًا آخر.</translation>
    </message>
    <message>
        <source>No saved session for this account. Sign in.</source>
        <translation>لا توجد جلسة محفوظة لهذا الحساب. سجّل الدخول.</translation>
    </message>
    <message>
        <source>Your session ended; sign in again.</source>
        <translation>انتهت جلستك؛ سجّل الدخول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>nest::client::UserKeys</name>
    <message>
        <source>You were signed out before the signing key was ready.</source>
        <translation>تم تسجيل خروجك قبل أن يصبح مفتاح التوقيع جاهزًا.</translation>
    </message>
    <message>
        <source>Sign in to sign actions.</source>
        <translation>سجّل الدخول لتتمكن من توقيع الإجراءات.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>تعذّرت قراءة سلسلة المفاتيح: %1</translation>
    </message>
    <message>
        <source>A signing key could not be generated.</source>
        <translation>تعذّر إنشاء مفتاح توقيع.</translation>
    </message>
    <message>
        <source>The signing key could not be stored in the keychain: %1</source>
        <translation>تعذّر حفظ مفتاح التوقيع في سلسلة المفاتيح: %1</translation>
    </message>
    <message>
        <source>The server did not accept the signing key: %1</source>
        <translation>لم يقبل الخادم مفتاح التوقيع: %1</translation>
    </message>
    <message>
        <source>The server registered a different signing key.</source>
        <translation>سجّل الخادم مفتاح توقيع مختلفًا.</translation>
    </message>
</context>
<context>
    <name>nest::desktop</name>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>nest::desktop::DesktopApp</name>
    <message>
        <source>this computer</source>
        <translation>هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Nest</source>
        <translation>Nest</translation>
    </message>
    <message>
        <source>The server on this computer could not start:
%1</source>
        <translation>تعذّر تشغيل الخادم على هذا الكمبيوتر:
%1</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>هذا الكمبيوتر</translation>
    </message>
</context>
<context>
    <name>nest::ui::AppearanceSettings</name>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;السمة:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>حسب سمة النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتحة</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>nest::ui::ConnectionBanner</name>
    <message>
        <source>Retry now</source>
        <translation>إعادة المحاولة الآن</translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 was lost at %2. Reconnecting in %Ln s; what you see may be out of date.</source>
        <translation>
            <numerusform>انقطع الاتصال مع %1 عند %2. ستتم إعادة الاتصال بعد %Ln ثانية؛ قد لا تكون البيانات المعروضة محدّثة.</numerusform>
            <numerusform>انقطع الاتصال مع %1 عند %2. ستتم إعادة الاتصال بعد %Ln ثانية؛ قد لا تكون البيانات المعروضة محدّثة.</numerusform>
            <numerusform>انقطع الاتصال مع %1 عند %2. ستتم إعادة الاتصال بعد %Ln ثانيتين؛ قد لا تكون البيانات المعروضة محدّثة.</numerusform>
            <numerusform>انقطع الاتصال مع %1 عند %2. ستتم إعادة الاتصال بعد %Ln ثوانٍ؛ قد لا تكون البيانات المعروضة محدّثة.</numerusform>
            <numerusform>انقطع الاتصال مع %1 عند %2. ستتم إعادة الاتصال بعد %Ln ثانية؛ قد لا تكون البيانات المعروضة محدّثة.</numerusform>
            <numerusform>انقطع الاتصال مع %1 عند %2. ستتم إعادة الاتصال بعد %Ln ثانية؛ قد لا تكون البيانات المعروضة محدّثة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to %1 since %2.</source>
        <translation>لا يوجد اتصال مع %1 منذ %2.</translation>
    </message>
</context>
<context>
    <name>nest::ui::ConnectionIndicator</name>
    <message>
        <source>Live · %1 ms</source>
        <translation>متصل · %1 مللي ثانية</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %Ln s</source>
        <translation>
            <numerusform>إعادة الاتصال بعد %Ln ثانية</numerusform>
            <numerusform>إعادة الاتصال بعد %Ln ثانية</numerusform>
            <numerusform>إعادة الاتصال بعد %Ln ثانيتين</numerusform>
            <numerusform>إعادة الاتصال بعد %Ln ثوانٍ</numerusform>
            <numerusform>إعادة الاتصال بعد %Ln ثانية</numerusform>
            <numerusform>إعادة الاتصال بعد %Ln ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <source>Server: this computer</source>
        <translation>الخادم: هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Server: remote</source>
        <translation>الخادم: بعيد</translation>
    </message>
</context>
<context>
    <name>nest::ui::DashboardView</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 (expected %3)</source>
        <translation>%1: %2 (المتوقع %3)</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>آخر دقيقة</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>آخر 5 دقائق</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>آخر ساعة</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>آخر 24 ساعة</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>متابعة مباشرة</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Event kinds</source>
        <translation>أنواع الأحداث</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>مشاهدات الصفحات</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>النقرات</translation>
    </message>
    <message>
        <source>Scrolls</source>
        <translation>التمرير</translation>
    </message>
    <message>
        <source>Dwells</source>
        <translation>فترات المكوث</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>ضغطات المفاتيح</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>عمليات البحث</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>المشتريات</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>المنشورات</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>الإعجابات</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Window as CSV…</source>
        <translation>النافذة الزمنية بتنسيق CSV…</translation>
    </message>
    <message>
        <source>Window as JSON…</source>
        <translation>النافذة الزمنية بتنسيق JSON…</translation>
    </message>
    <message>
        <source>Rate chart as PNG…</source>
        <translation>مخطط المعدل بتنسيق PNG…</translation>
    </message>
    <message>
        <source>Radar as PNG…</source>
        <translation>المخطط الراداري بتنسيق PNG…</translation>
    </message>
    <message>
        <source>Trait trend as PNG…</source>
        <translation>اتجاه السمات بتنسيق PNG…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Filter by user ID</source>
        <translation>التصفية حسب معرّف المستخدم</translation>
    </message>
    <message>
        <source>Show one user&apos;s events in the chart; clear to see everybody</source>
        <translation>اعرض أحداث مستخدم واحد في المخطط؛ امسح الحقل لعرض الجميع</translation>
    </message>
    <message numerus="yes">
        <source>%1 events/s · %Ln active user(s)</source>
        <translation>
            <numerusform>%1 حدث/ث · %Ln مستخدم نشط</numerusform>
            <numerusform>%1 حدث/ث · %Ln مستخدم نشط</numerusform>
            <numerusform>%1 حدث/ث · %Ln مستخدمان نشطان</numerusform>
            <numerusform>%1 حدث/ث · %Ln مستخدمين نشطين</numerusform>
            <numerusform>%1 حدث/ث · %Ln مستخدمًا نشطًا</numerusform>
            <numerusform>%1 حدث/ث · %Ln مستخدم نشط</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events/s from %2, live since %3</source>
        <translation>%1 حدث/ث من %2، مباشر منذ %3</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>تعذّرت الكتابة إلى %1.</translation>
    </message>
</context>
<context>
    <name>nest::ui::MainWindow</name>
    <message>
        <source>Nest</source>
        <translation>Nest</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>لم يتم تسجيل الدخول</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>Signed in as %1 with the roles: %2</source>
        <translation>تم تسجيل الدخول باسم %1 بالأدوار: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;السمة</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>حسب سمة النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتحة</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;تعليمات</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>طرق العرض</translation>
    </message>
</context>
<context>
    <name>nest::ui::Personality</name>
    <message>
        <source>Openness</source>
        <translation>الانفتاح</translation>
    </message>
    <message>
        <source>Conscientiousness</source>
        <translation>يقظة الضمير</translation>
    </message>
    <message>
        <source>Extraversion</source>
        <translation>الانبساط</translation>
    </message>
    <message>
        <source>Agreeableness</source>
        <translation>الوداعة</translation>
    </message>
    <message>
        <source>Neuroticism</source>
        <translation>العصابية</translation>
    </message>
</context>
<context>
    <name>nest::ui::PersonalityLearnerView</name>
    <message>
        <source>Continuous learner</source>
        <translation>نموذج التعلّم المستمر</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>الإصدار:</translation>
    </message>
    <message>
        <source>Samples seen:</source>
        <translation>العينات المعالَجة:</translation>
    </message>
    <message>
        <source>Labeled samples:</source>
        <translation>العينات الموسومة:</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>الخسارة:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>آخر تحديث:</translation>
    </message>
    <message>
        <source>Learner loss over time</source>
        <translation>خسارة نموذج التعلّم بمرور الوقت</translation>
    </message>
    <message>
        <source>Loss over time</source>
        <translation>الخسارة بمرور الوقت</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no value yet</comment>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>nest::ui::PersonalityPanel</name>
    <message>
        <source>Search users by id or name</source>
        <translation>ابحث عن المستخدمين بالمعرّف أو الاسم</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>البحث عن المستخدمين</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>المستخدم المحدد</translation>
    </message>
    <message>
        <source>Cohort average</source>
        <translation>متوسط المجموعة</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no value yet</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>لم يتم تحديد مستخدم</translation>
    </message>
    <message>
        <source>Search for a user by id or name and pick one from the results.</source>
        <translation>ابحث عن مستخدم بالمعرّف أو الاسم واختره من النتائج.</translation>
    </message>
    <message>
        <source>%1 · confidence %2% · samples: %3</source>
        <translation>%1 · الثقة %2% · العينات: %3</translation>
    </message>
</context>
<context>
    <name>nest::ui::PersonalityRadar</name>
    <message>
        <source>Selected user</source>
        <translation>المستخدم المحدد</translation>
    </message>
    <message>
        <source>Cohort average</source>
        <translation>متوسط المجموعة</translation>
    </message>
    <message>
        <source>Personality radar</source>
        <translation>المخطط الراداري للشخصية</translation>
    </message>
</context>
<context>
    <name>nest::ui::PersonalityResultsModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>user name (user id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, confidence %2%</source>
        <translation>%1، الثقة %2%</translation>
    </message>
</context>
<context>
    <name>nest::ui::PersonalityTrend</name>
    <message>
        <source>Personality trend</source>
        <translation>اتجاه الشخصية</translation>
    </message>
</context>
<context>
    <name>nest::ui::RateChart</name>
    <message>
        <source>Critical</source>
        <translation>حرج</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>لا توجد بيانات</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Alert (%1): %2</source>
        <translation>تنبيه (%1): %2</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>مشاهدات الصفحات</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>النقرات</translation>
    </message>
    <message>
        <source>Scrolls</source>
        <translation>التمرير</translation>
    </message>
    <message>
        <source>Dwells</source>
        <translation>فترات المكوث</translation>
    </message>
    <message>
        <source>Key presses</source>
        <translation>ضغطات المفاتيح</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>عمليات البحث</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>المشتريات</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>المنشورات</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>الإعجابات</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>الأصوات</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation>حدث/ث</translation>
    </message>
    <message>
        <source>Event rate per kind</source>
        <translation>معدل الأحداث حسب النوع</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>لا توجد أحداث بعد.</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>متزايد</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>متناقص</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>مستقر</translation>
    </message>
    <message>
        <source>At %1: %2 events per second in all, %3 over the last minute. Most frequent: %4 %5/s, %6 %7/s.</source>
        <translation>عند %1: %2 حدث/ث في المجموع، والمعدل %3 خلال الدقيقة الأخيرة. الأكثر تكرارًا: %4 %5/ث، %6 %7/ث.</translation>
    </message>
</context>
<context>
    <name>nest::ui::Roles</name>
    <message>
        <source>analyst</source>
        <translation>محلل</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <source>trader</source>
        <translation>متداول</translation>
    </message>
    <message>
        <source>voter</source>
        <translation>مصوّت</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>لا توجد أدوار</translation>
    </message>
</context>
<context>
    <name>nest::ui::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>تم تسجيل الدخول باسم:</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>لم يتم تسجيل الدخول</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>الأدوار:</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;تسجيل الخروج</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>الاتصال</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <source>Local data:</source>
        <translation>البيانات المحلية:</translation>
    </message>
    <message>
        <source>Sign-in secrets:</source>
        <translation>بيانات اعتماد تسجيل الدخول:</translation>
    </message>
    <message>
        <source>Kept in the system keychain.</source>
        <translation>محفوظة في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>No system keychain is available. You stay signed in until Nest Desktop quits, and will have to sign in again next time. Nothing is saved to disk.</source>
        <translation>لا تتوفر سلسلة مفاتيح للنظام. ستبقى مسجّلًا الدخول حتى يُغلق Nest Desktop، وسيتعيّن عليك تسجيل الدخول مجددًا في المرة القادمة. لا يُحفظ أي شيء على القرص.</translation>
    </message>
</context>
<context>
    <name>nest::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Every control can also be reached with Tab and Shift+Tab; Space or Enter activates it.</source>
        <translation>يمكن أيضًا الوصول إلى كل عنصر تحكم باستخدام Tab وShift+Tab، ويؤدي الضغط على Space أو Enter إلى تفعيله.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Go to the first view in the sidebar</source>
        <translation>الانتقال إلى طريقة العرض الأولى في الشريط الجانبي</translation>
    </message>
    <message>
        <source>Go to the second view</source>
        <translation>الانتقال إلى طريقة العرض الثانية</translation>
    </message>
    <message>
        <source>Go to the third view</source>
        <translation>الانتقال إلى طريقة العرض الثالثة</translation>
    </message>
    <message>
        <source>Go to the fourth view</source>
        <translation>الانتقال إلى طريقة العرض الرابعة</translation>
    </message>
    <message>
        <source>Go to the fifth view</source>
        <translation>الانتقال إلى طريقة العرض الخامسة</translation>
    </message>
    <message>
        <source>Search in the current view</source>
        <translation>البحث في طريقة العرض الحالية</translation>
    </message>
    <message>
        <source>Reconnect to the server now</source>
        <translation>إعادة الاتصال بالخادم الآن</translation>
    </message>
    <message>
        <source>Switch between light and dark</source>
        <translation>التبديل بين السمة الفاتحة والداكنة</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>عرض هذه القائمة</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>nest::ui::SignInDialog</name>
    <message>
        <source>Sign in to Nest</source>
        <translation>تسجيل الدخول إلى Nest</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>&amp;This computer (works offline)</source>
        <translation>&amp;هذا الكمبيوتر (يعمل دون اتصال)</translation>
    </message>
    <message>
        <source>A &amp;Nest server:</source>
        <translation>&amp;خادم Nest:</translation>
    </message>
    <message>
        <source>https://nest.example.org</source>
        <translation>https://nest.example.org</translation>
    </message>
    <message>
        <source>I am new here: &amp;create an account</source>
        <translation>أنا مستخدم جديد: &amp;إنشاء حساب</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>الاسم ال&amp;معروض:</translation>
    </message>
    <message>
        <source>3 to 32 of a-z, 0-9 and _</source>
        <translation>من 3 إلى 32 حرفًا من a-z و0-9 و_</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>8 أحرف على الأقل</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>إنشاء حساب</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://nest.example.org.</source>
        <translation>أدخل عنوان الخادم، مثل https://nest.example.org.</translation>
    </message>
    <message>
        <source>A username has 3 to 32 characters: lowercase letters, digits and _.</source>
        <translation>يتكوّن اسم المستخدم من 3 إلى 32 حرفًا: أحرف لاتينية صغيرة وأرقام و_.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters.</source>
        <translation>اختر كلمة مرور لا تقل عن 8 أحرف.</translation>
    </message>
</context>
</TS>
