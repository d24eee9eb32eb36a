<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>caselink</name>
    <message>
        <source>The database has no %1 record; it is damaged.</source>
        <translation>ڈیٹا بیس میں %1 کا اندراج موجود نہیں؛ ڈیٹا بیس خراب ہے۔</translation>
    </message>
    <message>
        <source>The built-in organisation tree is missing.</source>
        <translation>تنظیمی ڈھانچے کی اندرونی فہرست موجود نہیں۔</translation>
    </message>
    <message>
        <source>There is no office with the code &quot;%1&quot; in the organisation tree.</source>
        <translation>تنظیمی ڈھانچے میں کوڈ &quot;%1&quot; والا کوئی دفتر نہیں۔</translation>
    </message>
    <message>
        <source>Cannot finish an interrupted re-encryption of %1.</source>
        <translation>%1 کی ادھوری رہ جانے والی دوبارہ خفیہ کاری مکمل نہیں کی جا سکی۔</translation>
    </message>
    <message>
        <source>The password is right, but %1 cannot be read with the key it unlocks. The database file is damaged, or the keyslot file belongs to another database (%2).</source>
        <translation>پاس ورڈ درست ہے، لیکن اس سے کھلنے والی کلید سے %1 پڑھی نہیں جا سکتی۔ یا تو ڈیٹا بیس فائل خراب ہے یا کلیدی فائل کسی اور ڈیٹا بیس کی ہے (%2)۔</translation>
    </message>
    <message>
        <source>Cannot move %1 into place.</source>
        <translation>%1 کو اس کی جگہ منتقل نہیں کیا جا سکا۔</translation>
    </message>
    <message>
        <source>Cannot start the backup</source>
        <translation>بیک اپ شروع نہیں ہو سکا</translation>
    </message>
    <message>
        <source>The backup could not be written</source>
        <translation>بیک اپ لکھا نہیں جا سکا</translation>
    </message>
    <message>
        <source>The keyslot file is damaged or not a CaseLink keyslot file (%1).</source>
        <translation>کلیدی فائل خراب ہے یا کیس لنک کی کلیدی فائل نہیں (%1)۔</translation>
    </message>
    <message>
        <source>Cannot read the built-in schema file %1.</source>
        <translation>اندرونی اسکیما فائل %1 پڑھی نہیں جا سکی۔</translation>
    </message>
    <message>
        <source>The built-in schema migrations are not numbered 1, 2, 3, ...</source>
        <translation>اندرونی اسکیما منتقلیاں 1، 2، 3، ... کی ترتیب سے نمبر شدہ نہیں۔</translation>
    </message>
    <message>
        <source>This database uses schema version %1, but this CaseLink only knows up to version %2. Update CaseLink to open it.</source>
        <translation>یہ ڈیٹا بیس اسکیما ورژن %1 استعمال کرتا ہے، لیکن کیس لنک کا یہ ورژن صرف ورژن %2 تک جانتا ہے۔ اسے کھولنے کے لیے کیس لنک اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <source>Schema migration %1 (%2) failed: %3</source>
        <translation>اسکیما منتقلی %1 (%2) ناکام ہو گئی: %3</translation>
    </message>
</context>
<context>
    <name>caselink::AdministratorPage</name>
    <message>
        <source>First administrator</source>
        <translation>پہلا منتظم</translation>
    </message>
    <message>
        <source>The administrator adds the other users. Choose a long password that you do not use anywhere else.</source>
        <translation>منتظم باقی صارفین کا اندراج کرتا ہے۔ ایک طویل پاس ورڈ منتخب کریں جو آپ کہیں اور استعمال نہ کرتے ہوں۔</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>ڈیٹا بیس بنائیں</translation>
    </message>
    <message>
        <source>e.g. a.khan</source>
        <translation>مثلاً a.khan</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>صارف نام:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>پورا نام:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>پاس ورڈ:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>پاس ورڈ دوبارہ:</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>مضبوطی: %1</translation>
    </message>
    <message>
        <source>The passwords match.</source>
        <translation>دونوں پاس ورڈ یکساں ہیں۔</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::AuditLog</name>
    <message>
        <source>Entry %1 is missing or out of order (found %2).</source>
        <translation>اندراج %1 غائب ہے یا ترتیب سے ہٹا ہوا ہے (ملا: %2)۔</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it.</source>
        <translation>اندراج %1 اپنے سے پچھلے اندراج کے تسلسل میں نہیں۔</translation>
    </message>
    <message>
        <source>Entry %1 has been altered.</source>
        <translation>اندراج %1 میں ردوبدل کیا گیا ہے۔</translation>
    </message>
    <message>
        <source>The signed checkpoint at entry %1 has an invalid signature.</source>
        <translation>اندراج %1 پر دستخط شدہ چیک پوائنٹ کا دستخط درست نہیں۔</translation>
    </message>
    <message>
        <source>Entries up to %1 were signed but are no longer in the log: the log was truncated.</source>
        <translation>اندراج %1 تک کے اندراجات دستخط شدہ تھے لیکن اب لاگ میں موجود نہیں: لاگ کا کچھ حصہ کاٹ دیا گیا ہے۔</translation>
    </message>
    <message>
        <source>Entry %1 no longer matches the signed checkpoint.</source>
        <translation>اندراج %1 اب دستخط شدہ چیک پوائنٹ سے مطابقت نہیں رکھتا۔</translation>
    </message>
</context>
<context>
    <name>caselink::CreateDatabaseWizard</name>
    <message>
        <source>Create case database</source>
        <translation>کیس ڈیٹا بیس بنائیں</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>اگلا</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>مکمل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Print recovery key</source>
        <translation>بحالی کلید پرنٹ کریں</translation>
    </message>
    <message>
        <source>&lt;h2&gt;CaseLink recovery key&lt;/h2&gt;&lt;p&gt;Database: %1&lt;/p&gt;&lt;p&gt;Created: %2&lt;/p&gt;&lt;p style=&quot;font-family:monospace; font-size:20pt&quot;&gt;%3&lt;/p&gt;&lt;p&gt;Keep this page locked away. Anyone holding it and the database file can set a new administrator password.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;کیس لنک بحالی کلید&lt;/h2&gt;&lt;p&gt;ڈیٹا بیس: %1&lt;/p&gt;&lt;p&gt;تاریخِ تخلیق: %2&lt;/p&gt;&lt;p dir=&quot;ltr&quot; style=&quot;font-family:monospace; font-size:20pt&quot;&gt;%3&lt;/p&gt;&lt;p&gt;یہ صفحہ تالے میں محفوظ رکھیں۔ جس کے پاس یہ صفحہ اور ڈیٹا بیس فائل دونوں ہوں وہ منتظم کا نیا پاس ورڈ مقرر کر سکتا ہے۔&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>caselink::Database</name>
    <message>
        <source>The database key has the wrong size.</source>
        <translation>ڈیٹا بیس کلید کا سائز غلط ہے۔</translation>
    </message>
    <message>
        <source>A file already exists at %1.</source>
        <translation>%1 پر پہلے سے ایک فائل موجود ہے۔</translation>
    </message>
    <message>
        <source>No database at %1.</source>
        <translation>%1 پر کوئی ڈیٹا بیس نہیں۔</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 کھولی نہیں جا سکی</translation>
    </message>
    <message>
        <source>Cannot set the database key</source>
        <translation>ڈیٹا بیس کلید مقرر نہیں کی جا سکی</translation>
    </message>
    <message>
        <source>%1 cannot be read with this key: the key does not belong to it, or the file is not a CaseLink database or is damaged.</source>
        <translation>%1 اس کلید سے پڑھی نہیں جا سکتی: یا تو کلید اس کی نہیں، یا فائل کیس لنک ڈیٹا بیس نہیں یا خراب ہے۔</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>ڈیٹا بیس کی خرابی: %1</translation>
    </message>
    <message>
        <source>Cannot prepare a query</source>
        <translation>کوئری تیار نہیں کی جا سکی</translation>
    </message>
    <message>
        <source>The query returned no row.</source>
        <translation>کوئری سے کوئی قطار نہیں ملی۔</translation>
    </message>
    <message>
        <source>Re-encrypting the database failed</source>
        <translation>ڈیٹا بیس کی دوبارہ خفیہ کاری ناکام ہو گئی</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>caselink::KeyslotFile</name>
    <message>
        <source>The keyslot file %1 is missing; without it the database cannot be unlocked. Restore it from the backup made with the database.</source>
        <translation>کلیدی فائل %1 موجود نہیں؛ اس کے بغیر ڈیٹا بیس ان لاک نہیں ہو سکتا۔ اسے ڈیٹا بیس کے ساتھ بنائے گئے بیک اپ سے بحال کریں۔</translation>
    </message>
    <message>
        <source>Cannot read the keyslot file %1: %2</source>
        <translation>کلیدی فائل %1 پڑھی نہیں جا سکی: %2</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>بہت بڑی</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>درست JSON نہیں</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>نامعلوم فارمیٹ</translation>
    </message>
    <message>
        <source>The keyslot file has version %1, which this CaseLink cannot read.</source>
        <translation>کلیدی فائل کا ورژن %1 ہے، جسے کیس لنک کا یہ ورژن نہیں پڑھ سکتا۔</translation>
    </message>
    <message>
        <source>bad header</source>
        <translation>غلط ہیڈر</translation>
    </message>
    <message>
        <source>missing authentication code</source>
        <translation>تصدیقی کوڈ موجود نہیں</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>خانہ %1</translation>
    </message>
    <message>
        <source>no slots</source>
        <translation>کوئی خانہ نہیں</translation>
    </message>
    <message>
        <source>Cannot write the keyslot file %1: %2</source>
        <translation>کلیدی فائل %1 لکھی نہیں جا سکی: %2</translation>
    </message>
    <message>
        <source>The keyslot file has been altered: its authentication code does not match. Restore it from a backup.</source>
        <translation>کلیدی فائل میں ردوبدل کیا گیا ہے: اس کا تصدیقی کوڈ مطابقت نہیں رکھتا۔ اسے بیک اپ سے بحال کریں۔</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>صارف نام یا پاس ورڈ غلط ہے۔</translation>
    </message>
    <message>
        <source>The keyslot file has been altered: this user&apos;s slot no longer holds a valid key. Restore the keyslot file from a backup.</source>
        <translation>کلیدی فائل میں ردوبدل کیا گیا ہے: اس صارف کے خانے میں اب درست کلید نہیں۔ کلیدی فائل کو بیک اپ سے بحال کریں۔</translation>
    </message>
</context>
<context>
    <name>caselink::LocationPage</name>
    <message>
        <source>Database file</source>
        <translation>ڈیٹا بیس فائل</translation>
    </message>
    <message>
        <source>Choose where the encrypted case database is stored. A key file is kept beside it.</source>
        <translation>منتخب کریں کہ خفیہ کردہ کیس ڈیٹا بیس کہاں محفوظ ہو۔ اس کے ساتھ ایک کلیدی فائل بھی رکھی جاتی ہے۔</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>تلاش کریں…</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>ڈیٹا بیس فائل:</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>فولڈر %1 موجود نہیں۔</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name; CaseLink never overwrites a database.</source>
        <translation>%1 پہلے سے موجود ہے۔ نیا فائل نام منتخب کریں؛ کیس لنک کبھی کسی ڈیٹا بیس کو مٹا کر اس پر نہیں لکھتا۔</translation>
    </message>
    <message>
        <source>New case database</source>
        <translation>نیا کیس ڈیٹا بیس</translation>
    </message>
    <message>
        <source>CaseLink databases (*.caselink)</source>
        <translation>کیس لنک ڈیٹا بیس (*.caselink)</translation>
    </message>
</context>
<context>
    <name>caselink::MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>ڈیش بورڈ</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>مقدمات</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>تنظیمیں</translation>
    </message>
    <message>
        <source>Arrests</source>
        <translation>گرفتاریاں</translation>
    </message>
    <message>
        <source>Red Book</source>
        <translation>ریڈ بک</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>قانونی میعادیں</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>شواہد</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>آڈٹ لاگ</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>حوالہ جاتی ڈیٹا</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>ابھی دستیاب نہیں</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;نیا ڈیٹا بیس…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>ڈیٹا بیس &amp;کھولیں…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;لاک کریں</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;باہر نکلیں</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;کالعدم کریں</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;دوبارہ کریں</translation>
    </message>
    <message>
        <source>&amp;Sidebar</source>
        <translation>&amp;سائیڈ بار</translation>
    </message>
    <message>
        <source>Status &amp;bar</source>
        <translation>&amp;اسٹیٹس بار</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;ترجیحات…</translation>
    </message>
    <message>
        <source>&amp;About CaseLink</source>
        <translation>کیس لنک کے &amp;بارے میں</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;فائل</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;ترمیم</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;منظر</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;ترتیبات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مدد</translation>
    </message>
    <message>
        <source>The database is locked, but closing it reported a problem: %1</source>
        <translation>ڈیٹا بیس لاک ہو گیا ہے، لیکن اسے بند کرتے وقت ایک مسئلہ پیش آیا: %1</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>لاک شدہ</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>ان لاک شدہ</translation>
    </message>
    <message>
        <source>CaseLink</source>
        <translation>کیس لنک</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>صارف: %1 (%2)</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>دفتر: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>ڈیٹا بیس: %1</translation>
    </message>
    <message>
        <source>%1 — CaseLink</source>
        <translation>%1 — کیس لنک</translation>
    </message>
    <message>
        <source>About CaseLink</source>
        <translation>کیس لنک کے بارے میں</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CaseLink %1&lt;/h3&gt;&lt;p&gt;Case management for FIA investigators working against migrant smuggling and human trafficking.&lt;/p&gt;&lt;p&gt;Case databases are encrypted with SQLCipher; every change is recorded in a signed audit chain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;کیس لنک %1&lt;/h3&gt;&lt;p&gt;تارکینِ وطن کی اسمگلنگ اور انسانی اسمگلنگ کے خلاف کام کرنے والے ایف آئی اے کے تفتیش کاروں کے لیے مقدمات کا انتظام۔&lt;/p&gt;&lt;p&gt;کیس ڈیٹا بیس SQLCipher کے ذریعے خفیہ کیے جاتے ہیں؛ ہر تبدیلی ایک دستخط شدہ آڈٹ سلسلے میں درج ہوتی ہے۔&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>caselink::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>پیغام بند کریں</translation>
    </message>
</context>
<context>
    <name>caselink::OfficePage</name>
    <message>
        <source>Office</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <source>The office this database belongs to. Its cases, users and audit entries carry this office.</source>
        <translation>وہ دفتر جس کا یہ ڈیٹا بیس ہے۔ اس کے مقدمات، صارفین اور آڈٹ اندراجات اسی دفتر سے منسوب ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>دفتر:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>caselink::OverviewPage</name>
    <message>
        <source>This is a synthetic demo database. Every person, case and office record in it is invented for training.</source>
        <translation>یہ ایک فرضی ڈیمو ڈیٹا بیس ہے۔ اس میں ہر فرد، مقدمے اور دفتر کا ریکارڈ تربیت کے لیے فرضی طور پر بنایا گیا ہے۔</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>داخل صارف:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>کردار:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>دفتر:</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>ڈیٹا بیس فائل:</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>مواد:</translation>
    </message>
    <message>
        <source>User accounts:</source>
        <translation>صارف اکاؤنٹس:</translation>
    </message>
    <message>
        <source>Cases, people, organisations, arrests and the other sections in the sidebar are being built and will appear in a later release.</source>
        <translation>مقدمات، افراد، تنظیمیں، گرفتاریاں اور سائیڈ بار کے دیگر حصے تیار کیے جا رہے ہیں اور آئندہ ریلیز میں شامل ہوں گے۔</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>خوش آمدید، %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Synthetic demo data</source>
        <translation>فرضی ڈیمو ڈیٹا</translation>
    </message>
    <message>
        <source>Operational data</source>
        <translation>اصل عملی ڈیٹا</translation>
    </message>
    <message>
        <source>%1 active, %2 revoked</source>
        <translation>%1 فعال، %2 منسوخ شدہ</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>خوش آمدید</translation>
    </message>
</context>
<context>
    <name>caselink::PasswordStrength</name>
    <message>
        <source>Too short (at least %1 characters)</source>
        <translation>بہت مختصر (کم از کم %1 حروف)</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>کمزور</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>مناسب</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>اچھا</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>مضبوط</translation>
    </message>
</context>
<context>
    <name>caselink::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>ترجیحات</translation>
    </message>
    <message>
        <source> min</source>
        <translation> منٹ</translation>
    </message>
    <message>
        <source>A new language takes effect the next time CaseLink starts.</source>
        <translation>نئی زبان کیس لنک کو اگلی بار شروع کرنے پر نافذ ہو گی۔</translation>
    </message>
    <message>
        <source>The database is locked and its keys wiped after this much time without keyboard or mouse input.</source>
        <translation>کی بورڈ یا ماؤس کے استعمال کے بغیر اتنا وقت گزرنے پر ڈیٹا بیس لاک ہو جاتا ہے اور اس کی کلیدیں مٹا دی جاتی ہیں۔</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>زبان:</translation>
    </message>
    <message>
        <source>Lock after idle:</source>
        <translation>بے کار رہنے پر لاک:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
</context>
<context>
    <name>caselink::RecoveryKeyPage</name>
    <message>
        <source>Recovery key</source>
        <translation>بحالی کلید</translation>
    </message>
    <message>
        <source>The database was created. This recovery key can give an administrator a new password. It is shown only now and CaseLink does not keep a copy.</source>
        <translation>ڈیٹا بیس بن گیا ہے۔ اس بحالی کلید سے کسی منتظم کو نیا پاس ورڈ دیا جا سکتا ہے۔ یہ صرف ابھی دکھائی جا رہی ہے اور کیس لنک اس کی کوئی نقل نہیں رکھتا۔</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>پرنٹ کریں…</translation>
    </message>
    <message>
        <source>I have written down or printed the recovery key and will keep it in a safe place.</source>
        <translation>میں نے بحالی کلید لکھ لی ہے یا پرنٹ کر لی ہے، اور اسے کسی محفوظ جگہ رکھا جائے گا۔</translation>
    </message>
</context>
<context>
    <name>caselink::Role</name>
    <message>
        <source>Administrator</source>
        <translation>منتظم</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>تفتیش کار</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>نگران</translation>
    </message>
    <message>
        <source>Prosecutor (read-only)</source>
        <translation>پراسیکیوٹر (صرف مطالعہ)</translation>
    </message>
</context>
<context>
    <name>caselink::Session</name>
    <message>
        <source>%1 already exists; CaseLink will not overwrite a database.</source>
        <translation>%1 پہلے سے موجود ہے؛ کیس لنک کسی ڈیٹا بیس کو مٹا کر اس پر نہیں لکھتا۔</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 پر کوئی ڈیٹا بیس موجود نہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>بہت زیادہ ناکام کوششیں۔ %n سیکنڈ بعد دوبارہ کوشش کریں۔</numerusform>
            <numerusform>بہت زیادہ ناکام کوششیں۔ %n سیکنڈ بعد دوبارہ کوشش کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>صارف نام یا پاس ورڈ غلط ہے۔</translation>
    </message>
    <message>
        <source>The keyslot file belongs to another database.</source>
        <translation>کلیدی فائل کسی اور ڈیٹا بیس کی ہے۔</translation>
    </message>
    <message>
        <source>This account has been revoked or does not exist.</source>
        <translation>یہ اکاؤنٹ منسوخ ہو چکا ہے یا موجود نہیں۔</translation>
    </message>
    <message>
        <source>Only an administrator can do this.</source>
        <translation>یہ کام صرف منتظم کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>ڈیٹا بیس صرف مطالعے کے لیے کھلا ہے۔</translation>
    </message>
    <message>
        <source>The user&apos;s office is not in the organisation tree.</source>
        <translation>صارف کا دفتر تنظیمی ڈھانچے میں موجود نہیں۔</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already taken (user names of revoked accounts are not reused).</source>
        <translation>صارف نام &quot;%1&quot; پہلے سے لیا جا چکا ہے (منسوخ شدہ اکاؤنٹس کے صارف نام دوبارہ استعمال نہیں ہوتے)۔</translation>
    </message>
    <message>
        <source>There is no office with the code &quot;%1&quot;.</source>
        <translation>کوڈ &quot;%1&quot; والا کوئی دفتر موجود نہیں۔</translation>
    </message>
    <message>
        <source>There is no active user &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; نام کا کوئی فعال صارف موجود نہیں۔</translation>
    </message>
    <message>
        <source>You cannot revoke your own account.</source>
        <translation>آپ اپنا اکاؤنٹ خود منسوخ نہیں کر سکتے۔</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation>%1 پہلے سے موجود ہے؛ بیک اپ کے لیے نیا نام منتخب کریں۔</translation>
    </message>
    <message>
        <source>The backup failed verification and was removed: %1</source>
        <translation>بیک اپ تصدیق میں ناکام رہا اور اسے حذف کر دیا گیا: %1</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 32 characters in groups of four.</source>
        <translation>یہ بحالی کلید نہیں: بحالی کلید میں چار چار کے گروپوں میں 32 حروف ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>The keyslot file has no recovery slot.</source>
        <translation>کلیدی فائل میں بحالی کا خانہ موجود نہیں۔</translation>
    </message>
    <message>
        <source>The recovery key is wrong.</source>
        <translation>بحالی کلید غلط ہے۔</translation>
    </message>
    <message>
        <source>There is no active administrator &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; نام کا کوئی فعال منتظم موجود نہیں۔</translation>
    </message>
    <message>
        <source>%1 already exists; restore to a new name or confirm the replacement.</source>
        <translation>%1 پہلے سے موجود ہے؛ نئے نام پر بحال کریں یا تبدیلی کی تصدیق کریں۔</translation>
    </message>
    <message>
        <source>The backup is damaged and was not restored: %1</source>
        <translation>بیک اپ خراب ہے اور بحال نہیں کیا گیا: %1</translation>
    </message>
</context>
<context>
    <name>caselink::Statement</name>
    <message>
        <source>Database error: %1</source>
        <translation>ڈیٹا بیس کی خرابی: %1</translation>
    </message>
</context>
<context>
    <name>caselink::UnlockWidget</name>
    <message>
        <source>Unlock</source>
        <translation>ان لاک کریں</translation>
    </message>
    <message>
        <source>Open demo</source>
        <translation>ڈیمو کھولیں</translation>
    </message>
    <message>
        <source>CaseLink</source>
        <translation>کیس لنک</translation>
    </message>
    <message>
        <source>Unlock an encrypted case database</source>
        <translation>خفیہ کردہ کیس ڈیٹا بیس ان لاک کریں</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>ڈیٹا بیس کھولیں…</translation>
    </message>
    <message>
        <source>Create database…</source>
        <translation>ڈیٹا بیس بنائیں…</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>ڈیٹا بیس:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>صارف نام:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>پاس ورڈ:</translation>
    </message>
    <message>
        <source>Recent databases:</source>
        <translation>حالیہ ڈیٹا بیس:</translation>
    </message>
    <message>
        <source>No database chosen. Pick a recent one, open a file or create a new database.</source>
        <translation>کوئی ڈیٹا بیس منتخب نہیں۔ حالیہ فہرست سے چنیں، فائل کھولیں یا نیا ڈیٹا بیس بنائیں۔</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (موجود نہیں)</translation>
    </message>
    <message>
        <source>Open case database</source>
        <translation>کیس ڈیٹا بیس کھولیں</translation>
    </message>
    <message>
        <source>CaseLink databases (*.caselink)</source>
        <translation>کیس لنک ڈیٹا بیس (*.caselink)</translation>
    </message>
    <message>
        <source>The database was created. Enter the administrator password to unlock it.</source>
        <translation>ڈیٹا بیس بن گیا ہے۔ اسے ان لاک کرنے کے لیے منتظم کا پاس ورڈ درج کریں۔</translation>
    </message>
    <message>
        <source>There is no demo database at %1. Run scripts/demo to create it.</source>
        <translation>%1 پر کوئی ڈیمو ڈیٹا بیس موجود نہیں۔ اسے بنانے کے لیے scripts/demo چلائیں۔</translation>
    </message>
    <message>
        <source>Choose a database first.</source>
        <translation>پہلے ڈیٹا بیس منتخب کریں۔</translation>
    </message>
    <message>
        <source>%1 is not a synthetic demo database; open it with your own account.</source>
        <translation>%1 فرضی ڈیمو ڈیٹا بیس نہیں؛ اسے اپنے اکاؤنٹ سے کھولیں۔</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>بہت زیادہ ناکام کوششیں۔ آپ %n سیکنڈ بعد دوبارہ کوشش کر سکتے ہیں۔</numerusform>
            <numerusform>بہت زیادہ ناکام کوششیں۔ آپ %n سیکنڈ بعد دوبارہ کوشش کر سکتے ہیں۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caselink::crypto</name>
    <message>
        <source>A cryptographic operation failed.</source>
        <translation>خفیہ کاری کا ایک عمل ناکام ہو گیا۔</translation>
    </message>
    <message>
        <source>Encryption key has the wrong size.</source>
        <translation>خفیہ کاری کلید کا سائز غلط ہے۔</translation>
    </message>
    <message>
        <source>Encrypted data is truncated or malformed.</source>
        <translation>خفیہ کردہ ڈیٹا نامکمل یا بگڑا ہوا ہے۔</translation>
    </message>
    <message>
        <source>Decryption failed: wrong key or altered data.</source>
        <translation>ڈیٹا کھولا نہیں جا سکا: کلید غلط ہے یا ڈیٹا میں ردوبدل ہوا ہے۔</translation>
    </message>
    <message>
        <source>Password key derivation failed: %1</source>
        <translation>پاس ورڈ سے کلید اخذ نہیں کی جا سکی: %1</translation>
    </message>
    <message>
        <source>A stored public key is malformed.</source>
        <translation>محفوظ شدہ عوامی کلید بگڑی ہوئی ہے۔</translation>
    </message>
</context>
<context>
    <name>caselink::detail</name>
    <message>
        <source>A password needs at least 10 characters.</source>
        <translation>پاس ورڈ میں کم از کم 10 حروف ہونے چاہییں۔</translation>
    </message>
    <message>
        <source>A user name has 2 to 64 letters, digits, dots, hyphens or underscores, and starts with a letter or digit.</source>
        <translation>صارف نام 2 سے 64 تک حروف، ہندسوں، نقطوں، ڈیش یا انڈر اسکور پر مشتمل ہوتا ہے اور کسی حرف یا ہندسے سے شروع ہوتا ہے۔</translation>
    </message>
    <message>
        <source>The database has no office signing key.</source>
        <translation>ڈیٹا بیس میں دفتر کی دستخطی کلید موجود نہیں۔</translation>
    </message>
</context>
</TS>
