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
    <name>nest::client::EncryptedCache</name>
    <message>
        <source>The local cache file was damaged (%1). It was discarded and will be rebuilt from the server.</source>
        <translation>ملف ذاكرة التخزين المؤقت المحلية تالف (%1). تم التخلّص منه وسيُعاد بناؤه من الخادم.</translation>
    </message>
    <message numerus="yes">
        <source>The key of the local cache in the keychain is unreadable; %n cached record(s) were discarded and will be rebuilt from the server.</source>
        <translation>
            <numerusform>تتعذّر قراءة مفتاح ذاكرة التخزين المؤقت المحلية في سلسلة المفاتيح؛ لذا تم التخلّص من %n سجل مخزّن مؤقتًا وسيُعاد بناؤها من الخادم.</numerusform>
            <numerusform>تتعذّر قراءة مفتاح ذاكرة التخزين المؤقت المحلية في سلسلة المفاتيح؛ لذا تم التخلّص من %n سجل مخزّن مؤقتًا وسيُعاد بناؤه من الخادم.</numerusform>
            <numerusform>تتعذّر قراءة مفتاح ذاكرة التخزين المؤقت المحلية في سلسلة المفاتيح؛ لذا تم التخلّص من %n سجلين مخزّنين مؤقتًا وسيُعاد بناؤهما من الخادم.</numerusform>
            <numerusform>تتعذّر قراءة مفتاح ذاكرة التخزين المؤقت المحلية في سلسلة المفاتيح؛ لذا تم التخلّص من %n سجلات مخزّنة مؤقتًا وسيُعاد بناؤها من الخادم.</numerusform>
            <numerusform>تتعذّر قراءة مفتاح ذاكرة التخزين المؤقت المحلية في سلسلة المفاتيح؛ لذا تم التخلّص من %n سجلًا مخزّنًا مؤقتًا وسيُعاد بناؤها من الخادم.</numerusform>
            <numerusform>تتعذّر قراءة مفتاح ذاكرة التخزين المؤقت المحلية في سلسلة المفاتيح؛ لذا تم التخلّص من %n سجل مخزّن مؤقتًا وسيُعاد بناؤها من الخادم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key of the local cache is missing from the keychain; %n cached record(s) were discarded and will be rebuilt from the server.</source>
        <translation>
            <numerusform>مفتاح ذاكرة التخزين المؤقت المحلية غير موجود في سلسلة المفاتيح؛ لذا تم التخلّص من %n سجل مخزّن مؤقتًا وسيُعاد بناؤها من الخادم.</numerusform>
            <numerusform>مفتاح ذاكرة التخزين المؤقت المحلية غير موجود في سلسلة المفاتيح؛ لذا تم التخلّص من %n سجل مخزّن مؤقتًا وسيُعاد بناؤه من الخادم.</numerusform>
            <numerusform>مفتاح ذاكرة التخزين المؤقت المحلية غير موجود في سلسلة المفاتيح؛ لذا تم التخلّص من %n سجلين مخزّنين مؤقتًا وسيُعاد بناؤهما من الخادم.</numerusform>
            <numerusform>مفتاح ذاكرة التخزين المؤقت المحلية غير موجود في سلسلة المفاتيح؛ لذا تم التخلّص من %n سجلات مخزّنة مؤقتًا وسيُعاد بناؤها من الخادم.</numerusform>
            <numerusform>مفتاح ذاكرة التخزين المؤقت المحلية غير موجود في سلسلة المفاتيح؛ لذا تم التخلّص من %n سجلًا مخزّنًا مؤقتًا وسيُعاد بناؤها من الخادم.</numerusform>
            <numerusform>مفتاح ذاكرة التخزين المؤقت المحلية غير موجود في سلسلة المفاتيح؛ لذا تم التخلّص من %n سجل مخزّن مؤقتًا وسيُعاد بناؤها من الخادم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached record(s) used a key that is no longer in the keychain; they were discarded and will be rebuilt from the server.</source>
        <translation>
            <numerusform>تم التخلّص من %n سجل مخزّن مؤقتًا لأنها تستخدم مفتاحًا لم يعد موجودًا في سلسلة المفاتيح، وسيُعاد بناؤها من الخادم.</numerusform>
            <numerusform>تم التخلّص من %n سجل مخزّن مؤقتًا لأنه يستخدم مفتاحًا لم يعد موجودًا في سلسلة المفاتيح، وسيُعاد بناؤه من الخادم.</numerusform>
            <numerusform>تم التخلّص من %n سجلين مخزّنين مؤقتًا لأنهما يستخدمان مفتاحًا لم يعد موجودًا في سلسلة المفاتيح، وسيُعاد بناؤهما من الخادم.</numerusform>
            <numerusform>تم التخلّص من %n سجلات مخزّنة مؤقتًا لأنها تستخدم مفتاحًا لم يعد موجودًا في سلسلة المفاتيح، وسيُعاد بناؤها من الخادم.</numerusform>
            <numerusform>تم التخلّص من %n سجلًا مخزّنًا مؤقتًا لأنها تستخدم مفتاحًا لم يعد موجودًا في سلسلة المفاتيح، وسيُعاد بناؤها من الخادم.</numerusform>
            <numerusform>تم التخلّص من %n سجل مخزّن مؤقتًا لأنها تستخدم مفتاحًا لم يعد موجودًا في سلسلة المفاتيح، وسيُعاد بناؤها من الخادم.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key of the local cache could not be stored in the keychain: %1</source>
        <translation>تعذّر حفظ مفتاح ذاكرة التخزين المؤقت المحلية في سلسلة المفاتيح: %1</translation>
    </message>
    <message>
        <source>A cached record failed its integrity check during key rotation (altered, swapped or truncated). The local cache was discarded and will be rebuilt from the server.</source>
        <translation>لم يجتز أحد السجلات المخزّنة مؤقتًا فحص السلامة أثناء تدوير المفتاح (تم تعديله أو تبديله أو اقتطاعه). تم التخلّص من ذاكرة التخزين المؤقت المحلية وسيُعاد بناؤها من الخادم.</translation>
    </message>
    <message>
        <source>A cached record failed its integrity check (altered, swapped or truncated). The local cache was discarded and will be rebuilt from the server.</source>
        <translation>لم يجتز أحد السجلات المخزّنة مؤقتًا فحص السلامة (تم تعديله أو تبديله أو اقتطاعه). تم التخلّص من ذاكرة التخزين المؤقت المحلية وسيُعاد بناؤها من الخادم.</translation>
    </message>
</context>
<context>
    <name>nest::client::Outbox</name>
    <message>
        <source>The outbox file was damaged (%1): the actions waiting in it could not be read. It was kept as %2.</source>
        <translation>ملف صندوق الصادر تالف (%1): تعذّرت قراءة الإجراءات المعلّقة فيه. تم الاحتفاظ به باسم %2.</translation>
    </message>
    <message>
        <source>the outbox key in the keychain is unreadable</source>
        <translation>مفتاح صندوق الصادر في سلسلة المفاتيح غير قابل للقراءة</translation>
    </message>
    <message>
        <source>the outbox key is missing from the keychain</source>
        <translation>مفتاح صندوق الصادر غير موجود في سلسلة المفاتيح</translation>
    </message>
    <message>
        <source>their stored form failed its integrity check</source>
        <translation>لم تجتز البيانات المخزّنة فحص السلامة</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent could not be recovered (%1) and were lost: %2.</source>
        <translation>
            <numerusform>تعذّر استرداد %n إجراء بانتظار الإرسال (%1) وقد فُقدت: %2.</numerusform>
            <numerusform>تعذّر استرداد %n إجراء بانتظار الإرسال (%1) وقد فُقد: %2.</numerusform>
            <numerusform>تعذّر استرداد %n إجراءين بانتظار الإرسال (%1) وقد فُقدا: %2.</numerusform>
            <numerusform>تعذّر استرداد %n إجراءات بانتظار الإرسال (%1) وقد فُقدت: %2.</numerusform>
            <numerusform>تعذّر استرداد %n إجراءً بانتظار الإرسال (%1) وقد فُقدت: %2.</numerusform>
            <numerusform>تعذّر استرداد %n إجراء بانتظار الإرسال (%1) وقد فُقدت: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox could not be written.</source>
        <translation>تعذّرت الكتابة إلى صندوق الصادر.</translation>
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
    <message>
        <source>Marketplace</source>
        <translation>السوق</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>المجتمع</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>الإشراف</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>الحوكمة</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>صندوق الصادر (%1)</translation>
    </message>
</context>
<context>
    <name>nest::desktop::CommunityController</name>
    <message>
        <source>Thank you: the moderators will look at it.</source>
        <translation>شكرًا لك: سيراجعه المشرفون.</translation>
    </message>
    <message>
        <source>Your queued post was published.</source>
        <translation>نُشر منشورك الذي كان بانتظار الإرسال.</translation>
    </message>
    <message>
        <source>Your queued post was refused: %1</source>
        <translation>رُفض منشورك الذي كان بانتظار الإرسال: %1</translation>
    </message>
    <message>
        <source>Post “%1”</source>
        <translation>نشر «%1»</translation>
    </message>
    <message>
        <source>Not sent: you are signed out.</source>
        <translation>لم يُرسَل: تم تسجيل خروجك.</translation>
    </message>
    <message>
        <source>Like a post</source>
        <translation>الإعجاب بمنشور</translation>
    </message>
    <message>
        <source>Unlike a post</source>
        <translation>إلغاء الإعجاب بمنشور</translation>
    </message>
    <message>
        <source>Your queued comment was published.</source>
        <translation>نُشر تعليقك الذي كان بانتظار الإرسال.</translation>
    </message>
    <message>
        <source>Comment “%1”</source>
        <translation>تعليق «%1»</translation>
    </message>
    <message>
        <source>Report a post: %1</source>
        <translation>الإبلاغ عن منشور: %1</translation>
    </message>
    <message>
        <source>Unhide a post: %1</source>
        <translation>إلغاء إخفاء منشور: %1</translation>
    </message>
    <message>
        <source>Lift a suspension: %1</source>
        <translation>رفع تعليق حساب: %1</translation>
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
    <name>nest::desktop::FallbackController</name>
    <message>
        <source>This computer</source>
        <translation>هذا الكمبيوتر</translation>
    </message>
</context>
<context>
    <name>nest::desktop::GovernanceController</name>
    <message>
        <source>Could not load the proposals: %1</source>
        <translation>تعذّر تحميل المقترحات: %1</translation>
    </message>
    <message>
        <source>Your queued vote on “%1” was counted.</source>
        <translation>احتُسب تصويتك على «%1» الذي كان بانتظار الإرسال.</translation>
    </message>
    <message>
        <source>Your queued vote on “%1” was refused: %2</source>
        <translation>رُفض تصويتك على «%1» الذي كان بانتظار الإرسال: %2</translation>
    </message>
    <message>
        <source>Vote on “%1”</source>
        <translation>التصويت على «%1»</translation>
    </message>
    <message>
        <source>Not sent: you are signed out.</source>
        <translation>لم يُرسَل: تم تسجيل خروجك.</translation>
    </message>
    <message>
        <source>Your queued proposal “%1” was created.</source>
        <translation>أُنشئ مقترحك «%1» الذي كان بانتظار الإرسال.</translation>
    </message>
    <message>
        <source>Your queued proposal “%1” was refused: %2</source>
        <translation>رُفض مقترحك «%1» الذي كان بانتظار الإرسال: %2</translation>
    </message>
    <message>
        <source>Propose “%1”</source>
        <translation>تقديم المقترح «%1»</translation>
    </message>
</context>
<context>
    <name>nest::desktop::MarketController</name>
    <message>
        <source>Outbid</source>
        <translation>تمت المزايدة عليك</translation>
    </message>
    <message>
        <source>You were outbid on “%1”: the leading bid is now %2.</source>
        <translation>تمت المزايدة عليك على «%1»: أعلى مزايدة الآن %2.</translation>
    </message>
    <message>
        <source>Auction won</source>
        <translation>فزت بالمزاد</translation>
    </message>
    <message>
        <source>You won “%1” for %2.</source>
        <translation>فزت بـ«%1» مقابل %2.</translation>
    </message>
    <message>
        <source>Auction ended</source>
        <translation>انتهى المزاد</translation>
    </message>
    <message>
        <source>The auction for “%1” has ended; another bidder won it.</source>
        <translation>انتهى مزاد «%1»؛ وفاز به مزايد آخر.</translation>
    </message>
    <message>
        <source>“%1” sold for %2.</source>
        <translation>بِيع «%1» مقابل %2.</translation>
    </message>
    <message>
        <source>“%1” ended without a sale.</source>
        <translation>انتهى «%1» دون بيع.</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>جارٍ التوقيع والإرسال…</translation>
    </message>
    <message>
        <source>This action was not sent: it could not be signed. %1</source>
        <translation>لم يُرسَل هذا الإجراء: تعذّر توقيعه. %1</translation>
    </message>
    <message>
        <source>Outbid: your bid is below the minimum. The next bid must be at least %1.</source>
        <translation>تمت المزايدة عليك: مزايدتك أقل من الحد الأدنى. يجب ألا تقل المزايدة التالية عن %1.</translation>
    </message>
    <message>
        <source>Outbid: your bid is below the minimum.</source>
        <translation>تمت المزايدة عليك: مزايدتك أقل من الحد الأدنى.</translation>
    </message>
    <message>
        <source>Not enough funds: your balance is %1 (%2 more is held in escrow).</source>
        <translation>الرصيد غير كافٍ: رصيدك %1 (ومبلغ إضافي قدره %2 محتجز في الضمان).</translation>
    </message>
    <message>
        <source>This auction has ended.</source>
        <translation>انتهى هذا المزاد.</translation>
    </message>
    <message>
        <source>This listing is no longer on sale.</source>
        <translation>لم يعد هذا الإدراج معروضًا للبيع.</translation>
    </message>
    <message>
        <source>The price changed before your order arrived. Check it and try again.</source>
        <translation>تغيّر السعر قبل وصول طلبك. تحقّق منه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>An auction cannot be cancelled once someone has bid on it.</source>
        <translation>لا يمكن إلغاء المزاد بعد أن يزايد عليه أحد.</translation>
    </message>
    <message>
        <source>This offer is no longer open: it was accepted, declined or has expired.</source>
        <translation>لم يعد هذا العرض مفتوحًا: فقد قُبل أو رُفض أو انتهت صلاحيته.</translation>
    </message>
    <message>
        <source>You cannot buy, bid on or make an offer for your own listing.</source>
        <translation>لا يمكنك شراء إدراجك الخاص أو المزايدة عليه أو تقديم عرض له.</translation>
    </message>
    <message>
        <source>Only the seller can do that.</source>
        <translation>يمكن للبائع وحده القيام بذلك.</translation>
    </message>
    <message>
        <source>The server refused this action&apos;s signature. Your signing key may have been replaced on another computer; try again.</source>
        <translation>رفض الخادم توقيع هذا الإجراء. ربما تم استبدال مفتاح التوقيع الخاص بك على كمبيوتر آخر؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This kind of listing does not allow that.</source>
        <translation>لا يسمح هذا النوع من الإدراج بذلك.</translation>
    </message>
    <message>
        <source>Bought. The item is yours.</source>
        <translation>تم الشراء. أصبح العنصر ملكك.</translation>
    </message>
    <message>
        <source>Your bid of %1 leads.</source>
        <translation>مزايدتك البالغة %1 هي الأعلى حاليًا.</translation>
    </message>
    <message>
        <source>Offer of %1 made; it is held in escrow until it is accepted or expires.</source>
        <translation>تم تقديم عرض بقيمة %1؛ ويُحتجز المبلغ في الضمان حتى يُقبل العرض أو تنتهي صلاحيته.</translation>
    </message>
    <message>
        <source>Offer accepted: the item is sold.</source>
        <translation>تم قبول العرض: بِيع العنصر.</translation>
    </message>
    <message>
        <source>Listing cancelled.</source>
        <translation>تم إلغاء الإدراج.</translation>
    </message>
    <message>
        <source>“%1” is listed.</source>
        <translation>تم إدراج «%1».</translation>
    </message>
    <message>
        <source>This action was not sent: you are signed out.</source>
        <translation>لم يُرسَل هذا الإجراء: تم تسجيل خروجك.</translation>
    </message>
    <message>
        <source>Buy “%1” for up to %2</source>
        <translation>شراء «%1» مقابل %2 بحد أقصى</translation>
    </message>
    <message>
        <source>Bid %1 on “%2”</source>
        <translation>مزايدة بمبلغ %1 على «%2»</translation>
    </message>
    <message>
        <source>Offer %1 for “%2”</source>
        <translation>عرض بمبلغ %1 لشراء «%2»</translation>
    </message>
    <message>
        <source>Accept an offer for “%1”</source>
        <translation>قبول عرض لشراء «%1»</translation>
    </message>
    <message>
        <source>Cancel the listing “%1”</source>
        <translation>إلغاء إدراج «%1»</translation>
    </message>
    <message>
        <source>List “%1”</source>
        <translation>إدراج «%1»</translation>
    </message>
</context>
<context>
    <name>nest::desktop::ModerationController</name>
    <message>
        <source>Done. The action is in the moderation log.</source>
        <translation>تم. سُجّل الإجراء في سجل الإشراف.</translation>
    </message>
    <message>
        <source>Hide a post: %1</source>
        <translation>إخفاء منشور: %1</translation>
    </message>
    <message>
        <source>Delete a post: %1</source>
        <translation>حذف منشور: %1</translation>
    </message>
    <message>
        <source>Suspend a member: %1</source>
        <translation>تعليق حساب عضو: %1</translation>
    </message>
    <message>
        <source>Dismiss a report: %1</source>
        <translation>رفض إبلاغ: %1</translation>
    </message>
    <message>
        <source>Not sent: you are signed out.</source>
        <translation>لم يُرسَل: تم تسجيل خروجك.</translation>
    </message>
</context>
<context>
    <name>nest::desktop::OfflineController</name>
    <message numerus="yes">
        <source>The next action was not sent: %1 Next try in %n s, or as soon as the connection is back.</source>
        <translation>
            <numerusform>لم يُرسَل الإجراء التالي: %1 المحاولة التالية بعد %n ثانية، أو فور عودة الاتصال.</numerusform>
            <numerusform>لم يُرسَل الإجراء التالي: %1 المحاولة التالية بعد %n ثانية، أو فور عودة الاتصال.</numerusform>
            <numerusform>لم يُرسَل الإجراء التالي: %1 المحاولة التالية بعد %n ثانيتين، أو فور عودة الاتصال.</numerusform>
            <numerusform>لم يُرسَل الإجراء التالي: %1 المحاولة التالية بعد %n ثوانٍ، أو فور عودة الاتصال.</numerusform>
            <numerusform>لم يُرسَل الإجراء التالي: %1 المحاولة التالية بعد %n ثانية، أو فور عودة الاتصال.</numerusform>
            <numerusform>لم يُرسَل الإجراء التالي: %1 المحاولة التالية بعد %n ثانية، أو فور عودة الاتصال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action refused</source>
        <translation>تم رفض الإجراء</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>تم رفض %1: %2</translation>
    </message>
</context>
<context>
    <name>nest::desktop::OutboxActions</name>
    <message>
        <source>Queued: will be sent when the server is reachable.</source>
        <translation>في قائمة الانتظار: سيُرسَل عندما يصبح الوصول إلى الخادم ممكنًا.</translation>
    </message>
</context>
<context>
    <name>nest::desktop::ViewCache</name>
    <message>
        <source>Offline — last updated %1. This is what the server last sent; it is refreshed as soon as the server answers.</source>
        <translation>غير متصل — آخر تحديث %1. هذه آخر بيانات أرسلها الخادم؛ وستُحدَّث فور استجابة الخادم.</translation>
    </message>
</context>
<context>
    <name>nest::ui::AmountDialog</name>
    <message>
        <source>Place a bid</source>
        <translation>تقديم مزايدة</translation>
    </message>
    <message>
        <source>Make an offer</source>
        <translation>تقديم عرض</translation>
    </message>
    <message>
        <source>Your bid on “%1”</source>
        <translation>مزايدتك على «%1»</translation>
    </message>
    <message>
        <source>Your offer for “%1”</source>
        <translation>عرضك لشراء «%1»</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>المبلغ (%1)</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>ساعة واحدة</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>يوم واحد</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 أيام</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 دقيقة</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>مدة الصلاحية</translation>
    </message>
    <message>
        <source>Enter at least %1.</source>
        <translation>أدخل %1 على الأقل.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>أدخل مبلغًا.</translation>
    </message>
    <message>
        <source>%1 is held in escrow from your balance until you are outbid or the auction ends.</source>
        <translation>يُحتجز %1 من رصيدك في الضمان حتى تتم المزايدة عليك أو ينتهي المزاد.</translation>
    </message>
    <message>
        <source>%1 is held in escrow from your balance until the seller accepts or the offer expires.</source>
        <translation>يُحتجز %1 من رصيدك في الضمان حتى يقبل البائع العرض أو تنتهي صلاحيته.</translation>
    </message>
    <message>
        <source>On a sale the seller pays the market fee of %1 (%2%).</source>
        <translation>عند البيع يدفع البائع رسوم السوق البالغة %1 (%2%).</translation>
    </message>
    <message>
        <source>Bid %1</source>
        <translation>مزايدة بمبلغ %1</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>عرض بمبلغ %1</translation>
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
    <name>nest::ui::CommunityView</name>
    <message>
        <source>Unhide post</source>
        <translation>إلغاء إخفاء المنشور</translation>
    </message>
    <message>
        <source>Show this post to everyone again. Why?</source>
        <translation>إظهار هذا المنشور للجميع مرة أخرى. ما السبب؟</translation>
    </message>
    <message>
        <source>Lift suspension</source>
        <translation>رفع تعليق الحساب</translation>
    </message>
    <message>
        <source>Let this member post again now. Why?</source>
        <translation>السماح لهذا العضو بالنشر مجددًا الآن. ما السبب؟</translation>
    </message>
    <message>
        <source>1 new post</source>
        <translation>منشور جديد واحد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new posts</source>
        <translation>
            <numerusform>%Ln منشور جديد</numerusform>
            <numerusform>%Ln منشور جديد</numerusform>
            <numerusform>%Ln منشوران جديدان</numerusform>
            <numerusform>%Ln منشورات جديدة</numerusform>
            <numerusform>%Ln منشورًا جديدًا</numerusform>
            <numerusform>%Ln منشور جديد</numerusform>
        </translation>
    </message>
    <message>
        <source>Report post</source>
        <translation>الإبلاغ عن المنشور</translation>
    </message>
    <message>
        <source>Why should moderators look at this post?</source>
        <translation>لماذا ينبغي أن يراجع المشرفون هذا المنشور؟</translation>
    </message>
    <message>
        <source>This post is no longer available.</source>
        <translation>لم يعد هذا المنشور متاحًا.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Posts are at most %1 characters.</source>
        <translation>الحد الأقصى لعدد أحرف المنشور هو %1.</translation>
    </message>
    <message>
        <source>Share something with the community</source>
        <translation>شارك شيئًا مع المجتمع</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>نشر</translation>
    </message>
    <message>
        <source>Select a post to read its comments.</source>
        <translation>حدّد منشورًا لقراءة تعليقاته.</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>منشور جديد</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>المنشورات</translation>
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
    <message>
        <source>The server at %1 is unreachable since %2. Analytics from this computer; your actions are queued and will be sent when it is back.</source>
        <translation>يتعذّر الوصول إلى الخادم %1 منذ %2. تُعرض التحليلات من هذا الكمبيوتر؛ وتُوضع إجراءاتك في قائمة الانتظار وستُرسَل عند عودة الخادم.</translation>
    </message>
    <message>
        <source>You are working on this computer&apos;s server: what you do stays on this computer.</source>
        <translation>أنت تعمل على خادم هذا الكمبيوتر: يبقى كل ما تفعله على هذا الكمبيوتر.</translation>
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
    <name>nest::ui::CreateListingDialog</name>
    <message>
        <source>List an item</source>
        <translation>إدراج عنصر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>سعر ثابت</translation>
    </message>
    <message>
        <source>Auction (highest bid wins)</source>
        <translation>مزاد (الفوز لأعلى مزايدة)</translation>
    </message>
    <message>
        <source>Dutch auction (price falls)</source>
        <translation>مزاد هولندي (السعر ينخفض)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>السعر (%1)</translation>
    </message>
    <message>
        <source>Lowest price</source>
        <translation>السعر النهائي (الأدنى)</translation>
    </message>
    <message>
        <source>Reserve (optional)</source>
        <translation>السعر الأدنى (اختياري)</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 دقيقة</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>ساعة واحدة</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>يوم واحد</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 أيام</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Enter a name, a collection, and a start price above the lowest price.</source>
        <translation>أدخل اسمًا ومجموعة وسعر بداية أعلى من السعر النهائي.</translation>
    </message>
    <message>
        <source>Enter a name, a collection and a price.</source>
        <translation>أدخل اسمًا ومجموعة وسعرًا.</translation>
    </message>
    <message>
        <source>On a sale at %1 the market keeps %2 (%3%) and you receive %4.</source>
        <translation>عند البيع بسعر %1 يحتفظ السوق بمبلغ %2 (%3%) وتتلقى %4.</translation>
    </message>
</context>
<context>
    <name>nest::ui::CreateProposalDialog</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Give the proposal a title.</source>
        <translation>أدخل عنوانًا للمقترح.</translation>
    </message>
    <message>
        <source>The description is too long (at most %1 characters).</source>
        <translation>الوصف طويل جدًا (%1 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Write 2 to 10 choices, one per line.</source>
        <translation>اكتب من 2 إلى 10 خيارات، خيارًا واحدًا في كل سطر.</translation>
    </message>
    <message>
        <source>A choice is too long (at most %1 characters).</source>
        <translation>أحد الخيارات طويل جدًا (%1 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Each choice must be different.</source>
        <translation>يجب أن يكون كل خيار مختلفًا عن غيره.</translation>
    </message>
    <message>
        <source>Voting must close after it opens.</source>
        <translation>يجب أن ينتهي التصويت بعد بدئه.</translation>
    </message>
    <message>
        <source>Voting must close in the future.</source>
        <translation>يجب أن يكون موعد انتهاء التصويت في المستقبل.</translation>
    </message>
    <message>
        <source>Voting may stay open for at most 366 days.</source>
        <translation>لا يمكن أن يبقى التصويت مفتوحًا أكثر من 366 يومًا.</translation>
    </message>
    <message>
        <source>Set a quorum: the total weight that must vote (0 for none).</source>
        <translation>حدّد النصاب: إجمالي الوزن الذي يجب أن يصوّت (0 لعدم وجود نصاب).</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>جارٍ الإنشاء…</translation>
    </message>
    <message>
        <source>Create proposal</source>
        <translation>إنشاء المقترح</translation>
    </message>
    <message>
        <source>Without an action the result is advisory.</source>
        <translation>من دون إجراء تكون النتيجة استشارية.</translation>
    </message>
    <message>
        <source>The first choice enacts the action: it runs when that choice wins, after the timelock.</source>
        <translation>الخيار الأول هو الذي يُفعّل الإجراء: يُنفَّذ عند فوز هذا الخيار، بعد انقضاء القفل الزمني.</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>مقترح جديد</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Choices (one per line)</source>
        <translation>الخيارات (خيار في كل سطر)</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>طريقة التصويت</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>الترجيح</translation>
    </message>
    <message>
        <source>Voting opens</source>
        <translation>بدء التصويت</translation>
    </message>
    <message>
        <source>Voting closes</source>
        <translation>انتهاء التصويت</translation>
    </message>
    <message>
        <source>Quorum (weight)</source>
        <translation>النصاب (الوزن)</translation>
    </message>
    <message>
        <source>Timelock (hours)</source>
        <translation>القفل الزمني (بالساعات)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>خيار واحد</translation>
    </message>
    <message>
        <source>Approval (several choices)</source>
        <translation>تصويت بالموافقة (عدة خيارات)</translation>
    </message>
    <message>
        <source>Equal: one voter, one vote</source>
        <translation>متساوٍ: صوت واحد لكل ناخب</translation>
    </message>
    <message>
        <source>Balance at creation</source>
        <translation>الرصيد عند الإنشاء</translation>
    </message>
    <message>
        <source>Square root of balance (quadratic)</source>
        <translation>الجذر التربيعي للرصيد (تربيعي)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Set the marketplace fee</source>
        <translation>تعيين رسوم السوق</translation>
    </message>
    <message>
        <source>Set the alert threshold</source>
        <translation>تعيين عتبة التنبيه</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
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
    <name>nest::ui::GovernanceView</name>
    <message>
        <source>Voting on this proposal has closed.</source>
        <translation>انتهى التصويت على هذا المقترح.</translation>
    </message>
    <message>
        <source>All proposals</source>
        <translation>كل المقترحات</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>التصويت جارٍ</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>أُقرّ</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>رُفض</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>نُفّذ</translation>
    </message>
    <message>
        <source>New proposal…</source>
        <translation>مقترح جديد…</translation>
    </message>
    <message>
        <source>Proposing needs the voter role</source>
        <translation>يتطلّب تقديم المقترحات دور الناخب</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>المقترحات</translation>
    </message>
    <message>
        <source>Show proposals</source>
        <translation>عرض المقترحات</translation>
    </message>
</context>
<context>
    <name>nest::ui::ItemDetailPanel</name>
    <message>
        <source>Buy now</source>
        <translation>اشترِ الآن</translation>
    </message>
    <message>
        <source>Place a bid…</source>
        <translation>تقديم مزايدة…</translation>
    </message>
    <message>
        <source>Make an offer…</source>
        <translation>تقديم عرض…</translation>
    </message>
    <message>
        <source>Cancel listing</source>
        <translation>إلغاء الإدراج</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>قبول العرض</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>المزايدات</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>العروض</translation>
    </message>
    <message>
        <source>Price history (sales)</source>
        <translation>سجل الأسعار (المبيعات)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>المزايد</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>المشتري</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>you</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Ends in %1</source>
        <translation>ينتهي خلال %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>انتهى في %1</translation>
    </message>
    <message>
        <source>Select a listing to see it here.</source>
        <translation>حدّد إدراجًا لعرضه هنا.</translation>
    </message>
    <message>
        <source>%1 · %2 · seller %3</source>
        <translation>%1 · %2 · البائع %3</translation>
    </message>
    <message>
        <source>Sold for</source>
        <translation>سعر البيع</translation>
    </message>
    <message>
        <source>Leading bid</source>
        <translation>أعلى مزايدة</translation>
    </message>
    <message>
        <source>Starting price</source>
        <translation>سعر البداية</translation>
    </message>
    <message>
        <source>Price now (falling)</source>
        <translation>السعر الحالي (ينخفض)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Sold to %1</source>
        <translation>تم البيع · المشتري: %1</translation>
    </message>
    <message>
        <source>You are the leading bidder</source>
        <translation>أنت صاحب أعلى مزايدة</translation>
    </message>
    <message>
        <source>Next bid at least %1</source>
        <translation>المزايدة التالية %1 على الأقل</translation>
    </message>
    <message>
        <source>%1 bid %2</source>
        <translation>%1: مزايدة بمبلغ %2</translation>
    </message>
    <message>
        <source>%1 offered %2 (%3)</source>
        <translation>%1: عرض بمبلغ %2 (%3)</translation>
    </message>
    <message>
        <source>Sold for %1</source>
        <translation>بِيع مقابل %1</translation>
    </message>
    <message>
        <source>Listed by %1</source>
        <translation>المُدرِج: %1</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>سجل الأسعار</translation>
    </message>
    <message>
        <source>No sales yet.</source>
        <translation>لا توجد مبيعات بعد.</translation>
    </message>
    <message>
        <source>rising since the first sale</source>
        <translation>في ارتفاع منذ أول عملية بيع</translation>
    </message>
    <message>
        <source>falling since the first sale</source>
        <translation>في انخفاض منذ أول عملية بيع</translation>
    </message>
    <message>
        <source>unchanged since the first sale</source>
        <translation>دون تغيير منذ أول عملية بيع</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sales. Latest %1 on %2; lowest %3, highest %4.</source>
        <translation>
            <numerusform>%Ln عملية بيع. آخرها بسعر %1 في %2؛ أدنى سعر %3، وأعلى سعر %4.</numerusform>
            <numerusform>%Ln عملية بيع. آخرها بسعر %1 في %2؛ أدنى سعر %3، وأعلى سعر %4.</numerusform>
            <numerusform>%Ln عمليتا بيع. آخرهما بسعر %1 في %2؛ أدنى سعر %3، وأعلى سعر %4.</numerusform>
            <numerusform>%Ln عمليات بيع. آخرها بسعر %1 في %2؛ أدنى سعر %3، وأعلى سعر %4.</numerusform>
            <numerusform>%Ln عملية بيع. آخرها بسعر %1 في %2؛ أدنى سعر %3، وأعلى سعر %4.</numerusform>
            <numerusform>%Ln عملية بيع. آخرها بسعر %1 في %2؛ أدنى سعر %3، وأعلى سعر %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>The price is %1.</source>
        <translation>السعر %1.</translation>
    </message>
</context>
<context>
    <name>nest::ui::ListingsModel</name>
    <message>
        <source>ended</source>
        <translation>انتهى</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ي %2 س</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>سعر ثابت</translation>
    </message>
    <message>
        <source>Auction</source>
        <translation>مزاد</translation>
    </message>
    <message>
        <source>Dutch auction</source>
        <translation>مزاد هولندي</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>مُباع</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Ended unsold</source>
        <translation>انتهى دون بيع</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>المزايدات</translation>
    </message>
    <message>
        <source>Ends in</source>
        <translation>ينتهي خلال</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
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
    <name>nest::ui::MarketView</name>
    <message>
        <source>Marketplace</source>
        <translation>السوق</translation>
    </message>
    <message>
        <source>Search items</source>
        <translation>البحث عن العناصر</translation>
    </message>
    <message>
        <source>Min price</source>
        <translation>أدنى سعر</translation>
    </message>
    <message>
        <source>Max price</source>
        <translation>أعلى سعر</translation>
    </message>
    <message>
        <source>List an item…</source>
        <translation>إدراج عنصر…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>جميع الأنواع</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>جميع المجموعات</translation>
    </message>
    <message>
        <source>Balance %1 · In escrow %2</source>
        <translation>الرصيد %1 · في الضمان %2</translation>
    </message>
    <message>
        <source>Buy now</source>
        <translation>اشترِ الآن</translation>
    </message>
    <message>
        <source>Buy “%1” for %2?
The seller pays the market fee of %3 out of it.%4</source>
        <translation>هل تريد شراء «%1» مقابل %2؟
يدفع البائع رسوم السوق البالغة %3 من هذا المبلغ.%4</translation>
    </message>
    <message>
        <source>
The price keeps falling: you pay the price when the server receives your order, at most this amount.</source>
        <translation>
السعر يواصل الانخفاض: ستدفع السعر السائد لحظة استلام الخادم لطلبك، بحد أقصى هذا المبلغ.</translation>
    </message>
    <message>
        <source>Cancel listing</source>
        <translation>إلغاء الإدراج</translation>
    </message>
    <message>
        <source>Take “%1” off the market? Pending offers are returned to their buyers.</source>
        <translation>هل تريد سحب «%1» من السوق؟ ستُعاد العروض المعلّقة إلى المشترين الذين قدّموها.</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>قبول العرض</translation>
    </message>
    <message>
        <source>Sell “%1” for %2?
The market keeps %3 and you receive %4.</source>
        <translation>هل تريد بيع «%1» مقابل %2؟
يحتفظ السوق بمبلغ %3 وتتلقى %4.</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>الإدراجات</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>nest::ui::ModerationLogModel</name>
    <message>
        <source>%1… (chain breaks here)</source>
        <translation>%1… (تنقطع السلسلة هنا)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>قيمة التجزئة</translation>
    </message>
</context>
<context>
    <name>nest::ui::ModerationView</name>
    <message>
        <source>Hide post</source>
        <translation>إخفاء المنشور</translation>
    </message>
    <message>
        <source>Hide this post from everyone but its author and moderators. Why?</source>
        <translation>إخفاء هذا المنشور عن الجميع باستثناء كاتبه والمشرفين. ما السبب؟</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>حذف المنشور</translation>
    </message>
    <message>
        <source>Delete this post for everyone. Why?</source>
        <translation>حذف هذا المنشور لدى الجميع. ما السبب؟</translation>
    </message>
    <message>
        <source>Suspend author</source>
        <translation>تعليق حساب الكاتب</translation>
    </message>
    <message>
        <source>Suspend @%1: they can read but not post, comment, like or report. Why?</source>
        <translation>تعليق حساب @%1: سيظل بإمكانه القراءة، لكن لن يتمكن من النشر أو التعليق أو الإعجاب أو الإبلاغ. ما السبب؟</translation>
    </message>
    <message>
        <source>Dismiss report</source>
        <translation>رفض الإبلاغ</translation>
    </message>
    <message>
        <source>Close this report without acting on the post. Why?</source>
        <translation>إغلاق هذا الإبلاغ دون اتخاذ أي إجراء بشأن المنشور. ما السبب؟</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>تعذّرت الكتابة إلى %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln log entries to %1.</source>
        <translation>
            <numerusform>تم تصدير %Ln إدخال من السجل إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln إدخال من السجل إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln إدخالين من السجل إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln إدخالات من السجل إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln إدخالًا من السجل إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln إدخال من السجل إلى %1.</numerusform>
        </translation>
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
        <source>Export moderation log</source>
        <translation>تصدير سجل الإشراف</translation>
    </message>
    <message>
        <source>Open reports</source>
        <translation>الإبلاغات المفتوحة</translation>
    </message>
    <message>
        <source>Hide (H)</source>
        <translation>إخفاء (H)</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>حذف (Del)</translation>
    </message>
    <message>
        <source>Suspend author (S)</source>
        <translation>تعليق حساب الكاتب (S)</translation>
    </message>
    <message>
        <source>Dismiss (D)</source>
        <translation>رفض (D)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Moderation log</source>
        <translation>سجل الإشراف</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>التحقق من السلسلة</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>تصدير بتنسيق CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>تصدير بتنسيق JSON…</translation>
    </message>
    <message>
        <source>Each entry is hash-chained to the one before it: &quot;Verify chain&quot; recomputes every hash.</source>
        <translation>كل إدخال مرتبط بالإدخال الذي يسبقه بسلسلة تجزئة: يعيد «التحقق من السلسلة» حساب كل قيم التجزئة.</translation>
    </message>
    <message>
        <source>Chain intact: 1 entry verified.</source>
        <translation>السلسلة سليمة: تم التحقق من إدخال واحد.</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %Ln entries verified.</source>
        <translation>
            <numerusform>السلسلة سليمة: تم التحقق من %Ln إدخال.</numerusform>
            <numerusform>السلسلة سليمة: تم التحقق من %Ln إدخال.</numerusform>
            <numerusform>السلسلة سليمة: تم التحقق من %Ln إدخالين.</numerusform>
            <numerusform>السلسلة سليمة: تم التحقق من %Ln إدخالات.</numerusform>
            <numerusform>السلسلة سليمة: تم التحقق من %Ln إدخالًا.</numerusform>
            <numerusform>السلسلة سليمة: تم التحقق من %Ln إدخال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken at entry #%1: %2</source>
        <translation>السلسلة منقطعة عند الإدخال #%1: %2</translation>
    </message>
</context>
<context>
    <name>nest::ui::OutboxModel</name>
    <message>
        <source>Post</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>إعجاب</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>مزايدة</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>شراء</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>تصويت</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>إشراف</translation>
    </message>
    <message numerus="yes">
        <source>Waiting (%n attempt(s) so far)</source>
        <translation>
            <numerusform>قيد الانتظار (%n محاولة حتى الآن)</numerusform>
            <numerusform>قيد الانتظار (%n محاولة حتى الآن)</numerusform>
            <numerusform>قيد الانتظار (%n محاولتان حتى الآن)</numerusform>
            <numerusform>قيد الانتظار (%n محاولات حتى الآن)</numerusform>
            <numerusform>قيد الانتظار (%n محاولةً حتى الآن)</numerusform>
            <numerusform>قيد الانتظار (%n محاولة حتى الآن)</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>إبلاغ</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>إدراج</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>قبول العرض</translation>
    </message>
    <message>
        <source>Cancel listing</source>
        <translation>إلغاء الإدراج</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>مقترح</translation>
    </message>
</context>
<context>
    <name>nest::ui::OutboxView</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <source>&amp;Cancel action</source>
        <translation>&amp;إلغاء الإجراء</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>لا يوجد ما ينتظر الإرسال.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent, in this order.</source>
        <translation>
            <numerusform>%n إجراء بانتظار الإرسال، بهذا الترتيب.</numerusform>
            <numerusform>%n إجراء بانتظار الإرسال، بهذا الترتيب.</numerusform>
            <numerusform>%n إجراءان بانتظار الإرسال، بهذا الترتيب.</numerusform>
            <numerusform>%n إجراءات بانتظار الإرسال، بهذا الترتيب.</numerusform>
            <numerusform>%n إجراءً بانتظار الإرسال، بهذا الترتيب.</numerusform>
            <numerusform>%n إجراء بانتظار الإرسال، بهذا الترتيب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) refused by the server.</source>
        <translation>
            <numerusform>%n إجراء رفضها الخادم.</numerusform>
            <numerusform>%n إجراء رفضه الخادم.</numerusform>
            <numerusform>%n إجراءان رفضهما الخادم.</numerusform>
            <numerusform>%n إجراءات رفضها الخادم.</numerusform>
            <numerusform>%n إجراءً رفضها الخادم.</numerusform>
            <numerusform>%n إجراء رفضها الخادم.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;إعادة المحاولة الآن</translation>
    </message>
    <message>
        <source>Actions waiting to be sent</source>
        <translation>الإجراءات بانتظار الإرسال</translation>
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
    <message>
        <source>No training updates yet.</source>
        <translation>لا توجد تحديثات تدريب بعد.</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>مستقر</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>متناقص</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>متزايد</translation>
    </message>
    <message numerus="yes">
        <source>Loss %1 at %2, %3 over %Ln updates.</source>
        <translation>
            <numerusform>الخسارة %1 في %2، والاتجاه %3 على مدى %Ln تحديث.</numerusform>
            <numerusform>الخسارة %1 في %2، والاتجاه %3 على مدى %Ln تحديث.</numerusform>
            <numerusform>الخسارة %1 في %2، والاتجاه %3 على مدى %Ln تحديثين.</numerusform>
            <numerusform>الخسارة %1 في %2، والاتجاه %3 على مدى %Ln تحديثات.</numerusform>
            <numerusform>الخسارة %1 في %2، والاتجاه %3 على مدى %Ln تحديثًا.</numerusform>
            <numerusform>الخسارة %1 في %2، والاتجاه %3 على مدى %Ln تحديث.</numerusform>
        </translation>
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
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Selected user: %1; confidence %2%.</source>
        <translation>المستخدم المحدد: %1؛ الثقة %2%.</translation>
    </message>
    <message>
        <source>No user selected.</source>
        <translation>لم يتم تحديد مستخدم.</translation>
    </message>
    <message>
        <source>Cohort average: %1.</source>
        <translation>متوسط المجموعة: %1.</translation>
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
    <message>
        <source>No estimates yet.</source>
        <translation>لا توجد تقديرات بعد.</translation>
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
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln estimates from %1 to %2. Latest: %3.</source>
        <translation>
            <numerusform>%Ln تقدير من %1 إلى %2. الأحدث: %3.</numerusform>
            <numerusform>%Ln تقدير من %1 إلى %2. الأحدث: %3.</numerusform>
            <numerusform>%Ln تقديران من %1 إلى %2. الأحدث: %3.</numerusform>
            <numerusform>%Ln تقديرات من %1 إلى %2. الأحدث: %3.</numerusform>
            <numerusform>%Ln تقديرًا من %1 إلى %2. الأحدث: %3.</numerusform>
            <numerusform>%Ln تقدير من %1 إلى %2. الأحدث: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>nest::ui::PostDelegate</name>
    <message numerus="yes">
        <source>%Ln like(s)</source>
        <translation>
            <numerusform>%Ln إعجاب</numerusform>
            <numerusform>%Ln إعجاب</numerusform>
            <numerusform>%Ln إعجابان</numerusform>
            <numerusform>%Ln إعجابات</numerusform>
            <numerusform>%Ln إعجابًا</numerusform>
            <numerusform>%Ln إعجاب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln تعليق</numerusform>
            <numerusform>%Ln تعليق</numerusform>
            <numerusform>%Ln تعليقان</numerusform>
            <numerusform>%Ln تعليقات</numerusform>
            <numerusform>%Ln تعليقًا</numerusform>
            <numerusform>%Ln تعليق</numerusform>
        </translation>
    </message>
    <message>
        <source>Liked · %1</source>
        <translation>تم الإعجاب · %1</translation>
    </message>
    <message>
        <source>Hidden · %1</source>
        <translation>مخفي · %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعتين</numerusform>
            <numerusform>منذ %Ln ساعات</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقتين</numerusform>
            <numerusform>منذ %Ln دقائق</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
</context>
<context>
    <name>nest::ui::PostPanel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <source>Liked (%1)</source>
        <translation>تم الإعجاب (%1)</translation>
    </message>
    <message>
        <source>Like (%1)</source>
        <translation>إعجاب (%1)</translation>
    </message>
    <message>
        <source>Hidden by a moderator: only you and moderators see it.</source>
        <translation>أخفاه أحد المشرفين: لا يراه سواك والمشرفون.</translation>
    </message>
    <message>
        <source>Hidden by a moderator: %1</source>
        <translation>أخفاه أحد المشرفين: %1</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>التعليقات (%1)</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>إبلاغ…</translation>
    </message>
    <message>
        <source>Unhide…</source>
        <translation>إلغاء الإخفاء…</translation>
    </message>
    <message>
        <source>Show more comments</source>
        <translation>عرض المزيد من التعليقات</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>اكتب تعليقًا</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
</context>
<context>
    <name>nest::ui::ProfilePanel</name>
    <message>
        <source>Joined %1 · 1 post</source>
        <translation>تاريخ الانضمام: %1 · منشور واحد</translation>
    </message>
    <message numerus="yes">
        <source>Joined %1 · %Ln posts</source>
        <translation>
            <numerusform>تاريخ الانضمام: %1 · %Ln منشور</numerusform>
            <numerusform>تاريخ الانضمام: %1 · %Ln منشور</numerusform>
            <numerusform>تاريخ الانضمام: %1 · %Ln منشوران</numerusform>
            <numerusform>تاريخ الانضمام: %1 · %Ln منشورات</numerusform>
            <numerusform>تاريخ الانضمام: %1 · %Ln منشورًا</numerusform>
            <numerusform>تاريخ الانضمام: %1 · %Ln منشور</numerusform>
        </translation>
    </message>
    <message>
        <source>Lift suspension…</source>
        <translation>رفع تعليق الحساب…</translation>
    </message>
    <message>
        <source>Suspended until %1</source>
        <translation>الحساب معلّق حتى %1</translation>
    </message>
    <message>
        <source>Suspended until %1: %2</source>
        <translation>الحساب معلّق حتى %1: %2</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>المنشورات</translation>
    </message>
</context>
<context>
    <name>nest::ui::ProposalListModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>المقترح</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Of quorum</source>
        <translation>من النصاب</translation>
    </message>
</context>
<context>
    <name>nest::ui::ProposalPage</name>
    <message>
        <source>%1 · then a %2 timelock</source>
        <translation>%1 · ثم قفل زمني مدته %2</translation>
    </message>
    <message>
        <source>Turnout %1 of a quorum of %2</source>
        <translation>نسبة المشاركة %1 من نصاب قدره %2</translation>
    </message>
    <message>
        <source>%1 (%2% of all eligible weight)</source>
        <translation>%1 (%2% من إجمالي الوزن المؤهَّل)</translation>
    </message>
    <message>
        <source>No action: the result is advisory.</source>
        <translation>لا يوجد إجراء: النتيجة استشارية.</translation>
    </message>
    <message>
        <source>Executed %1: %2.</source>
        <translation>نُفّذ في %1: %2.</translation>
    </message>
    <message>
        <source>Not executed: %1.</source>
        <translation>لم يُنفَّذ: %1.</translation>
    </message>
    <message>
        <source>Execution failed: %1 (%2)</source>
        <translation>فشل التنفيذ: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2, in %3 (timelock).</source>
        <translation>%1 في %2، بعد %3 (القفل الزمني).</translation>
    </message>
    <message>
        <source>If “%1” wins: %2, %3 after voting ends.</source>
        <translation>إذا فاز «%1»: %2، بعد %3 من انتهاء التصويت.</translation>
    </message>
    <message>
        <source>Verifying: fetching the vote log and checking every signature…</source>
        <translation>جارٍ التحقق: جلب سجل التصويت والتحقق من كل توقيع…</translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>تعذّر التحقق: %1</translation>
    </message>
    <message>
        <source>Verified on this computer: %1 signatures checked, %2 votes counted; the recount matches the server&apos;s tally (turnout %3)%4.</source>
        <translation>تم التحقق على هذا الحاسوب: فُحص %1 توقيعًا واحتُسب %2 صوتًا؛ وتطابق إعادة الفرز فرزَ الخادم (نسبة المشاركة %3)%4.</translation>
    </message>
    <message>
        <source> and its result</source>
        <translation>ونتيجته</translation>
    </message>
    <message>
        <source>The result does NOT verify.</source>
        <translation>النتيجة لم تجتز التحقق.</translation>
    </message>
    <message>
        <source>its signature does not verify</source>
        <translation>توقيعه لم يجتز التحقق</translation>
    </message>
    <message>
        <source>its weight is not what the weighting gives</source>
        <translation>وزنه لا يطابق ما تعطيه طريقة الترجيح</translation>
    </message>
    <message>
        <source>its choices are not allowed</source>
        <translation>خياراته غير مسموح بها</translation>
    </message>
    <message>
        <source>its superseded mark is wrong</source>
        <translation>علامة «مُستبدَل» الخاصة به خاطئة</translation>
    </message>
    <message>
        <source>Vote #%1 by %2: %3.</source>
        <translation>التصويت رقم %1 من %2: %3.</translation>
    </message>
    <message>
        <source>Recounted tally %1 (turnout %2) differs from the server&apos;s.</source>
        <translation>نتيجة إعادة الفرز %1 (نسبة المشاركة %2) تختلف عن فرز الخادم.</translation>
    </message>
    <message>
        <source>The recount does not give the server&apos;s result.</source>
        <translation>إعادة الفرز لا تعطي نتيجة الخادم.</translation>
    </message>
    <message>
        <source>%1 · %2, %3 · %4 choices · voting %5 – %6</source>
        <translation>%1 · %2، %3 · عدد الخيارات: %4 · التصويت %5 – %6</translation>
    </message>
    <message>
        <source>Your vote: %1 (weight %2), signed %3…</source>
        <translation>تصويتك: %1 (الوزن %2)، التوقيع %3…</translation>
    </message>
    <message>
        <source>Change vote…</source>
        <translation>تغيير التصويت…</translation>
    </message>
    <message>
        <source>Vote…</source>
        <translation>صوّت…</translation>
    </message>
    <message>
        <source>Pick a proposal to see its choices and tally.</source>
        <translation>اختر مقترحًا لعرض خياراته والفرز.</translation>
    </message>
    <message>
        <source>Verify results</source>
        <translation>التحقق من النتائج</translation>
    </message>
    <message>
        <source>Fetch the vote log, check every signature on this computer and recount with the proposal&apos;s weighting</source>
        <translation>جلب سجل التصويت، والتحقق من كل توقيع على هذا الحاسوب، وإعادة الفرز وفق طريقة الترجيح الخاصة بالمقترح</translation>
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
    <message>
        <source>Show or hide %1</source>
        <translation>إظهار %1 أو إخفاؤها</translation>
    </message>
    <message>
        <source>Show or hide the alert markers</source>
        <translation>إظهار علامات التنبيهات أو إخفاؤها</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>وسيلة الإيضاح</translation>
    </message>
</context>
<context>
    <name>nest::ui::ReasonDialog</name>
    <message>
        <source>Reason (required)</source>
        <translation>السبب (مطلوب)</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>ساعة واحدة</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>يوم واحد</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 أيام</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 يومًا</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>المدة:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>nest::ui::ReportQueueModel</name>
    <message>
        <source>(deleted)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>المنشور</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>الإبلاغات</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>المدة المنقضية</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
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
    <message>
        <source>Security</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>Local cache key:</source>
        <translation>مفتاح ذاكرة التخزين المؤقت المحلية:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>تاريخ الإنشاء:</translation>
    </message>
    <message>
        <source>&amp;Rotate now</source>
        <translation>&amp;تدوير الآن</translation>
    </message>
    <message>
        <source>Make a new key for the encrypted local cache, re-encrypt what is cached with it and remove the old key from the keychain. This also happens every 30 days.</source>
        <translation>إنشاء مفتاح جديد لذاكرة التخزين المؤقت المحلية المشفّرة، وإعادة تشفير المحتوى المخزّن مؤقتًا به، وإزالة المفتاح القديم من سلسلة المفاتيح. يحدث هذا أيضًا تلقائيًا كل 30 يومًا.</translation>
    </message>
    <message>
        <source>Not open (sign in first)</source>
        <translation>غير مفتوحة (سجّل الدخول أولًا)</translation>
    </message>
    <message>
        <source>Re-encrypting: %1 of %2 records</source>
        <translation>جارٍ إعادة التشفير: السجل %1 من %2</translation>
    </message>
    <message>
        <source>Cached data is encrypted on this computer; its key is kept only in the system keychain.</source>
        <translation>البيانات المخزّنة مؤقتًا مشفّرة على هذا الكمبيوتر؛ ولا يُحفظ مفتاحها إلا في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>Cached data is encrypted on this computer. With no system keychain its key lives in memory only, so the cache starts empty at every start.</source>
        <translation>البيانات المخزّنة مؤقتًا مشفّرة على هذا الكمبيوتر. ونظرًا لعدم توفر سلسلة مفاتيح للنظام، يبقى مفتاحها في الذاكرة فقط، لذا تبدأ ذاكرة التخزين المؤقت فارغة عند كل تشغيل.</translation>
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
<context>
    <name>nest::ui::TallyChart</name>
    <message>
        <source>Tally</source>
        <translation>الفرز</translation>
    </message>
    <message>
        <source>No tally yet.</source>
        <translation>لا توجد نتائج فرز بعد.</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>Votes by weight: %1.</source>
        <translation>الأصوات حسب الوزن: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Winner: %1.</source>
        <translation>الفائز: %1.</translation>
    </message>
    <message>
        <source>Leading: %1.</source>
        <translation>المتصدّر: %1.</translation>
    </message>
</context>
<context>
    <name>nest::ui::VoteDialog</name>
    <message>
        <source>Proposal: %1
Your choice: %2
Weight: %3
Recorded: %4 (vote #%5)
Signed with your key %6 over:
%7</source>
        <translation>المقترح: %1
اختيارك: %2
الوزن: %3
سُجّل: %4 (التصويت رقم %5)
وُقّع بمفتاحك %6 على:
%7</translation>
    </message>
    <message>
        <source>You vote for: %1

The app signs this vote with your key from the keychain. While voting is open you can change it; the log keeps both votes, the earlier one marked superseded.</source>
        <translation>أنت تصوّت لصالح: %1

يوقّع التطبيق هذا التصويت بمفتاحك من سلسلة المفاتيح. يمكنك تغيير تصويتك ما دام التصويت مفتوحًا؛ ويحتفظ السجل بالتصويتين، مع تعليم الأسبق منهما بأنه مُستبدَل.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>صوّت</translation>
    </message>
    <message>
        <source>Approve every choice you support.</source>
        <translation>وافق على كل خيار تؤيده.</translation>
    </message>
    <message>
        <source>Pick one choice.</source>
        <translation>اختر خيارًا واحدًا.</translation>
    </message>
    <message>
        <source>Signing and sending your vote…</source>
        <translation>جارٍ توقيع تصويتك وإرساله…</translation>
    </message>
    <message>
        <source>Your vote is recorded.</source>
        <translation>سُجّل تصويتك.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Sign and vote</source>
        <translation>التوقيع والتصويت</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
</context>
<context>
    <name>nest::ui::governanceformat</name>
    <message>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>التصويت جارٍ</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>أُقرّ</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>رُفض</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>نُفّذ</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>خيار واحد</translation>
    </message>
    <message>
        <source>Approval voting</source>
        <translation>تصويت بالموافقة</translation>
    </message>
    <message>
        <source>one voter, one vote</source>
        <translation>صوت واحد لكل ناخب</translation>
    </message>
    <message>
        <source>weighted by balance</source>
        <translation>مرجّح بالرصيد</translation>
    </message>
    <message>
        <source>weighted by the square root of balance</source>
        <translation>مرجّح بالجذر التربيعي للرصيد</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 ي %2 س</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>Opens in %1</source>
        <translation>يبدأ خلال %1</translation>
    </message>
    <message>
        <source>Ends in %1</source>
        <translation>ينتهي خلال %1</translation>
    </message>
    <message>
        <source>Executes in %1</source>
        <translation>يُنفَّذ خلال %1</translation>
    </message>
    <message>
        <source>Execution failed</source>
        <translation>فشل التنفيذ</translation>
    </message>
    <message>
        <source>Passed %1</source>
        <translation>أُقرّ في %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>انتهى في %1</translation>
    </message>
    <message>
        <source>Executed %1</source>
        <translation>نُفّذ في %1</translation>
    </message>
    <message>
        <source>Set the marketplace fee to %1%</source>
        <translation>تعيين رسوم السوق إلى %1%</translation>
    </message>
    <message>
        <source>Set the alert threshold to %1σ</source>
        <translation>تعيين عتبة التنبيه إلى %1σ</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>تعيين %1 إلى %2</translation>
    </message>
    <message>
        <source>%1 (unknown action)</source>
        <translation>%1 (إجراء غير معروف)</translation>
    </message>
</context>
</TS>
