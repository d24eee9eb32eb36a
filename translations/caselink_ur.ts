<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>caselink::NewOrganisationDialog</name>
    <message>
        <source>New organisation</source>
        <translation>نئی تنظیم</translation>
    </message>
</context>
<context>
    <name>caselink::NewPersonDialog</name>
    <message>
        <source>New person</source>
        <translation>نیا فرد</translation>
    </message>
</context>
<context>
    <name>caselink::RegisterFirDialog</name>
    <message>
        <source>Register FIR</source>
        <translation>ایف آئی آر درج کریں</translation>
    </message>
    <message>
        <source>FIR number</source>
        <translation>ایف آئی آر نمبر</translation>
    </message>
    <message>
        <source>FIR date</source>
        <translation>ایف آئی آر کی تاریخ</translation>
    </message>
    <message>
        <source>FIR time</source>
        <translation>ایف آئی آر کا وقت</translation>
    </message>
</context>
<context>
    <name>caselink::DialogButtons</name>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ترک کریں</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
</context>
<context>
    <name>caselink::AddPersonDialog</name>
    <message>
        <source>Add victim</source>
        <translation>متاثرہ شخص شامل کریں</translation>
    </message>
    <message>
        <source>Add person to case</source>
        <translation>کیس میں شخص شامل کریں</translation>
    </message>
    <message>
        <source>Name in English or Urdu, CNIC, phone or passport</source>
        <translation>انگریزی یا اردو میں نام، شناختی کارڈ، فون یا پاسپورٹ</translation>
    </message>
    <message>
        <source>Record a new person</source>
        <translation>نیا شخص درج کریں</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>شخص تلاش کریں</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>مماثل نتائج</translation>
    </message>
    <message>
        <source>Pick a person from the matches, or record a new person.</source>
        <translation>مماثل نتائج میں سے کوئی شخص منتخب کریں، یا نیا شخص درج کریں۔</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Nominated in the FIR</source>
        <translation>ایف آئی آر میں نامزد</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(نامعلوم)</translation>
    </message>
    <message>
        <source>Arrest status</source>
        <translation>گرفتاری کی صورتحال</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <source>Form of exploitation</source>
        <translation>استحصال کی نوعیت</translation>
    </message>
    <message>
        <source>%1, relative %2</source>
        <translation>%1، رشتہ دار %2</translation>
    </message>
    <message>
        <source>%1 (CNIC %2)</source>
        <translation>%1 (شناختی کارڈ %2)</translation>
    </message>
    <message>
        <source>Add new person to case</source>
        <translation>کیس میں نیا شخص شامل کریں</translation>
    </message>
</context>
<context>
    <name>caselink::AddTrustedKeyDialog</name>
    <message>
        <source>I compared this fingerprint with the office by phone or in person</source>
        <translation>میں نے یہ فنگر پرنٹ دفتر سے فون پر یا بالمشافہ ملا لیا ہے</translation>
    </message>
    <message>
        <source>Trust an office key</source>
        <translation>دفتر کی کلید کو معتبر قرار دیں</translation>
    </message>
    <message>
        <source>Anyone can sign a bundle with a key of their own. Trust this key only after the office has read its fingerprint out to you through another channel than the file (phone, in person), and it is the same as below.</source>
        <translation>کوئی بھی شخص اپنی کلید سے بنڈل پر دستخط کر سکتا ہے۔ اس کلید کو صرف تب معتبر قرار دیں جب دفتر نے فائل کے علاوہ کسی اور ذریعے (فون، بالمشافہ) سے اس کا فنگر پرنٹ آپ کو پڑھ کر سنایا ہو اور وہ نیچے دیے گئے فنگر پرنٹ جیسا ہو۔</translation>
    </message>
    <message>
        <source>Choose the office…</source>
        <translation>دفتر منتخب کریں…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Type the fingerprint as the office reads it out</source>
        <translation>فنگر پرنٹ اسی طرح لکھیں جیسے دفتر پڑھ کر سنائے</translation>
    </message>
    <message>
        <source>Optional: who confirmed it, and how</source>
        <translation>اختیاری: کس نے تصدیق کی، اور کیسے</translation>
    </message>
    <message>
        <source>Trust key</source>
        <translation>کلید معتبر قرار دیں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>فائل:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>فنگر پرنٹ:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>دفتر:</translation>
    </message>
    <message>
        <source>Read out by the office:</source>
        <translation>دفتر کا سنایا ہوا:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>نوٹ:</translation>
    </message>
    <message>
        <source>Not compared yet.</source>
        <translation>ابھی ملایا نہیں گیا۔</translation>
    </message>
    <message>
        <source>Does not match the key in the file. Do not trust this file: ask the office for its key again.</source>
        <translation>فائل میں موجود کلید سے مطابقت نہیں رکھتا۔ اس فائل پر اعتماد نہ کریں: دفتر سے اس کی کلید دوبارہ منگوائیں۔</translation>
    </message>
    <message>
        <source>Matches so far (%1 of %2 digits).</source>
        <translation>اب تک مطابقت ہے (%2 میں سے %1 ہندسے)۔</translation>
    </message>
    <message>
        <source>Matches the key in the file.</source>
        <translation>فائل میں موجود کلید سے مطابقت رکھتا ہے۔</translation>
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
    <name>caselink::AggregateSupport</name>
    <message>
        <source>No such case, or not in your scope.</source>
        <translation>ایسا کوئی مقدمہ موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
    <message>
        <source>The %1 is not a person in your scope.</source>
        <translation>%1: منتخب شخص آپ کے دائرۂ اختیار کے افراد میں شامل نہیں۔</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a country in the reference list.</source>
        <translation>%1: &quot;%2&quot; حوالہ جاتی فہرست میں شامل کوئی ملک نہیں۔</translation>
    </message>
    <message>
        <source>Give the amount in rupees; convert %1 at the rate of the order&apos;s date.</source>
        <translation>رقم روپوں میں درج کریں؛ %1 کو حکم کی تاریخ کی شرحِ مبادلہ پر روپوں میں تبدیل کریں۔</translation>
    </message>
    <message>
        <source>Give the amount in whole rupees.</source>
        <translation>رقم پورے روپوں میں درج کریں، اعشاریہ کے بغیر۔</translation>
    </message>
</context>
<context>
    <name>caselink::ArrestDialog</name>
    <message>
        <source>Reason for the date</source>
        <translation>تاریخ کی وجہ</translation>
    </message>
    <message>
        <source>Reason for the delay</source>
        <translation>تاخیر کی وجہ</translation>
    </message>
    <message>
        <source>Record arrest</source>
        <translation>گرفتاری درج کریں</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not at an airport</source>
        <translation>ہوائی اڈے پر نہیں</translation>
    </message>
    <message>
        <source>Airport, on departure</source>
        <translation>ہوائی اڈہ، روانگی پر</translation>
    </message>
    <message>
        <source>Airport, on arrival</source>
        <translation>ہوائی اڈہ، آمد پر</translation>
    </message>
    <message>
        <source>Stop-list hit</source>
        <translation>اسٹاپ لسٹ میں نشاندہی</translation>
    </message>
    <message>
        <source>Produced before a magistrate</source>
        <translation>مجسٹریٹ کے روبرو پیش کیا گیا</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>ملزم</translation>
    </message>
    <message>
        <source>Add the accused to the case before recording the arrest.</source>
        <translation>گرفتاری درج کرنے سے پہلے ملزم کو کیس میں شامل کریں۔</translation>
    </message>
    <message>
        <source>Date of arrest</source>
        <translation>تاریخِ گرفتاری</translation>
    </message>
    <message>
        <source>Time (office)</source>
        <translation>وقت (دفتری)</translation>
    </message>
    <message>
        <source>Choose the accused who was arrested.</source>
        <translation>گرفتار ہونے والے ملزم کا انتخاب کریں۔</translation>
    </message>
    <message>
        <source>Only for an arrest before the case was registered, or in the future</source>
        <translation>صرف مقدمہ درج ہونے سے پہلے کی یا آئندہ تاریخ کی گرفتاری کے لیے</translation>
    </message>
    <message>
        <source>Only for a production more than 24 hours after the arrest</source>
        <translation>صرف گرفتاری کے 24 گھنٹے سے زیادہ بعد پیشی کے لیے</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مقام</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Airport</source>
        <translation>ہوائی اڈہ</translation>
    </message>
    <message>
        <source>Production date</source>
        <translation>تاریخِ پیشی</translation>
    </message>
    <message>
        <source>Production time</source>
        <translation>وقتِ پیشی</translation>
    </message>
</context>
<context>
    <name>caselink::ArrestListModel</name>
    <message>
        <source>Arrested</source>
        <translation>وقتِ گرفتاری</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>مقدمہ</translation>
    </message>
</context>
<context>
    <name>caselink::ArrestRepository</name>
    <message>
        <source>The arresting office must be your office or a unit under it.</source>
        <translation>گرفتاری کرنے والا دفتر آپ کا اپنا دفتر یا اس کے ماتحت کوئی یونٹ ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>Enter the time of arrest.</source>
        <translation>گرفتاری کا وقت درج کریں۔</translation>
    </message>
    <message>
        <source>The time of arrest lies in the future.</source>
        <translation>گرفتاری کا وقت مستقبل میں ہے۔</translation>
    </message>
    <message>
        <source>Add the person to the case with a role before recording the arrest.</source>
        <translation>گرفتاری درج کرنے سے پہلے فرد کو کسی کردار کے ساتھ مقدمے میں شامل کریں۔</translation>
    </message>
    <message>
        <source>Cannot record the arrest.</source>
        <translation>گرفتاری درج نہیں کی جا سکی۔</translation>
    </message>
    <message>
        <source>No such arrest, or not in your scope.</source>
        <translation>ایسی کوئی گرفتاری موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
    <message>
        <source>A remand needs a start date and an end date that is not before it.</source>
        <translation>ریمانڈ کے لیے آغاز کی تاریخ اور اختتام کی تاریخ درکار ہے، اور اختتام کی تاریخ آغاز سے پہلے نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>The remand starts on %1, before the arrest on %2.</source>
        <translation>ریمانڈ %1 سے شروع ہوتا ہے، جو %2 کو ہونے والی گرفتاری سے پہلے ہے۔</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>No such remand order, or not in your scope.</source>
        <translation>ایسا کوئی ریمانڈ آرڈر موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
    <message>
        <source>The event type %1 is missing from the reference data.</source>
        <translation>واقعے کی قسم %1 حوالہ جاتی ڈیٹا میں موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::ArrestsPanel</name>
    <message>
        <source>Accused</source>
        <translation>ملزم</translation>
    </message>
    <message>
        <source>Arrested</source>
        <translation>گرفتاری</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مقام</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>پیشی</translation>
    </message>
    <message>
        <source>Physical remand</source>
        <translation>جسمانی ریمانڈ</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>باقی</translation>
    </message>
    <message>
        <source>Judicial</source>
        <translation>جوڈیشل</translation>
    </message>
    <message>
        <source>Remand orders of the selected arrest</source>
        <translation>منتخب گرفتاری کے ریمانڈ احکامات</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>حراست</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>دن</translation>
    </message>
    <message>
        <source>Magistrate</source>
        <translation>مجسٹریٹ</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>حکم</translation>
    </message>
    <message>
        <source>Record arrest…</source>
        <translation>گرفتاری درج کریں…</translation>
    </message>
    <message>
        <source>Add remand…</source>
        <translation>ریمانڈ شامل کریں…</translation>
    </message>
    <message>
        <source>No open deadlines for this case.</source>
        <translation>اس کیس کی کوئی کھلی آخری تاریخ نہیں۔</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deadlines&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;آخری تاریخیں&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n دن</numerusform>
            <numerusform>%n دن</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caselink::Asset</name>
    <message>
        <source>Seized</source>
        <translation>ضبط شدہ</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>منجمد</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>قرق شدہ</translation>
    </message>
</context>
<context>
    <name>caselink::AssetRepository</name>
    <message>
        <source>Say what kind of asset it is (vehicle, bank account, house, ...).</source>
        <translation>بتائیں کہ اثاثہ کس قسم کا ہے (گاڑی، بینک اکاؤنٹ، مکان، ...)۔</translation>
    </message>
    <message>
        <source>The date of the order is in the future.</source>
        <translation>حکم کی تاریخ مستقبل میں ہے۔</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>مالک</translation>
    </message>
    <message>
        <source>The asset no longer exists.</source>
        <translation>یہ اثاثہ اب موجود نہیں۔</translation>
    </message>
    <message>
        <source>No such asset, or not in your scope.</source>
        <translation>ایسا کوئی اثاثہ موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::AuditListModel</name>
    <message>
        <source>No.</source>
        <translation>نمبر شمار</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>User</source>
        <translation>صارف</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کارروائی</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>ریکارڈ</translation>
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
    <name>caselink::BundleCipher</name>
    <message>
        <source>Decryption was cancelled.</source>
        <translation>ڈی کرپشن منسوخ کر دی گئی۔</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>فائل پڑھی نہیں جا سکی: %1</translation>
    </message>
    <message>
        <source>The cipher failed.</source>
        <translation>خفیہ کاری ناکام ہو گئی۔</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>فائل لکھی نہیں جا سکی: %1</translation>
    </message>
    <message>
        <source>The password is wrong or the encrypted file is damaged.</source>
        <translation>پاس ورڈ غلط ہے یا خفیہ فائل خراب ہے۔</translation>
    </message>
    <message>
        <source>A transport password needs at least 10 characters.</source>
        <translation>ترسیلی پاس ورڈ کم از کم 10 حروف کا ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>فائل %1 کھولی نہیں جا سکی۔</translation>
    </message>
    <message>
        <source>No random numbers are available.</source>
        <translation>کوئی رینڈم نمبر دستیاب نہیں۔</translation>
    </message>
    <message>
        <source>The file is not an encrypted bundle (it does not start with &quot;Salted__&quot;).</source>
        <translation>یہ فائل خفیہ بنڈل نہیں ہے (یہ &quot;Salted__&quot; سے شروع نہیں ہوتی)۔</translation>
    </message>
    <message>
        <source>The key could not be derived.</source>
        <translation>کلید اخذ نہیں کی جا سکی۔</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>فائل %1 لکھی نہیں جا سکی۔</translation>
    </message>
</context>
<context>
    <name>caselink::BundleImporter</name>
    <message>
        <source>Case %1 is already here; the local record is kept.</source>
        <translation>کیس %1 پہلے سے یہاں موجود ہے؛ مقامی ریکارڈ برقرار رکھا گیا ہے۔</translation>
    </message>
    <message>
        <source>The bundle&apos;s copy is newer (%1): compare them by hand.</source>
        <translation>بنڈل کی نقل زیادہ نئی ہے (%1): دونوں کا دستی موازنہ کریں۔</translation>
    </message>
    <message>
        <source>Case %1 exists in this database but outside your scope.</source>
        <translation>کیس %1 اس ڈیٹا بیس میں موجود ہے لیکن آپ کے دائرہ اختیار سے باہر ہے۔</translation>
    </message>
    <message>
        <source>Case %1 cannot be created: %2</source>
        <translation>کیس %1 نہیں بنایا جا سکتا: %2</translation>
    </message>
    <message>
        <source>The status of case %1 was not set: %2</source>
        <translation>کیس %1 کی صورتحال درج نہیں ہوئی: %2</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>کیس %1</translation>
    </message>
    <message>
        <source>same CNIC</source>
        <translation>ایک ہی شناختی کارڈ</translation>
    </message>
    <message>
        <source>same passport number</source>
        <translation>ایک ہی پاسپورٹ نمبر</translation>
    </message>
    <message>
        <source>strong name match (%1%)</source>
        <translation>نام کی مضبوط مماثلت (%1%)</translation>
    </message>
    <message>
        <source>%1: identity withheld by the sender&apos;s redaction profile.</source>
        <translation>%1: بھیجنے والے کے پردہ پوشی پروفائل کی وجہ سے شناخت پوشیدہ رکھی گئی۔</translation>
    </message>
    <message>
        <source>records.json has a person without a valid id.</source>
        <translation>records.json میں ایک شخص درست آئی ڈی کے بغیر ہے۔</translation>
    </message>
    <message>
        <source>%1 is already here (same record id); the local record is kept.</source>
        <translation>%1 پہلے سے یہاں موجود ہے (ایک ہی ریکارڈ آئی ڈی)؛ مقامی ریکارڈ برقرار رکھا گیا ہے۔</translation>
    </message>
    <message>
        <source>The bundle&apos;s copy is newer: compare them by hand.</source>
        <translation>بنڈل کی نقل زیادہ نئی ہے: دونوں کا دستی موازنہ کریں۔</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>شخص %1</translation>
    </message>
    <message>
        <source>Role of %1: %2</source>
        <translation>%1 کا کردار: %2</translation>
    </message>
    <message>
        <source>Arrest of %1 is already here.</source>
        <translation>%1 کی گرفتاری پہلے سے یہاں موجود ہے۔</translation>
    </message>
    <message>
        <source>Arrest of %1: %2</source>
        <translation>%1 کی گرفتاری: %2</translation>
    </message>
    <message>
        <source>Arrest of %1</source>
        <translation>%1 کی گرفتاری</translation>
    </message>
    <message>
        <source>Remand of %1: %2</source>
        <translation>%1 کا ریمانڈ: %2</translation>
    </message>
    <message>
        <source>Event %1: %2</source>
        <translation>واقعہ %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n chronology event(s)</source>
        <translation>
            <numerusform>%n تاریخ وار واقعات</numerusform>
            <numerusform>%n تاریخ وار واقعات</numerusform>
        </translation>
    </message>
    <message>
        <source>The bundle could not be opened again.</source>
        <translation>بنڈل دوبارہ نہیں کھولا جا سکا۔</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot; is already here.</source>
        <translation>شہادت &quot;%1&quot; پہلے سے یہاں موجود ہے۔</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot;: its content is not in this bundle (profile).</source>
        <translation>شہادت &quot;%1&quot;: اس کا مواد اس بنڈل میں نہیں ہے (پروفائل)۔</translation>
    </message>
    <message>
        <source>records.json names %1, which the signed manifest does not list with the same SHA-256.</source>
        <translation>records.json میں %1 کا نام ہے، جو دستخط شدہ مینیفیسٹ میں اسی SHA-256 کے ساتھ درج نہیں۔</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 پڑھا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>Evidence &quot;%1&quot;</source>
        <translation>شہادت &quot;%1&quot;</translation>
    </message>
    <message>
        <source>records.json is not valid JSON: %1</source>
        <translation>records.json درست JSON نہیں ہے: %1</translation>
    </message>
    <message>
        <source>A statistics bundle holds counts only; there are no records to import.</source>
        <translation>شماریاتی بنڈل میں صرف تعداد ہوتی ہے؛ درآمد کرنے کے لیے کوئی ریکارڈ نہیں۔</translation>
    </message>
    <message>
        <source>records.json and the signed manifest name different cases.</source>
        <translation>records.json اور دستخط شدہ مینیفیسٹ میں مختلف کیس درج ہیں۔</translation>
    </message>
    <message>
        <source>This bundle was imported already, on %1.</source>
        <translation>یہ بنڈل پہلے ہی %1 کو درآمد کیا جا چکا ہے۔</translation>
    </message>
    <message>
        <source>%1: held for duplicate review (%2); nothing created or changed, and their roles, arrests and chronology events in this case wait with them.</source>
        <translation>%1: دہرے اندراج کے جائزے کے لیے روکا گیا (%2)؛ کچھ بنایا یا تبدیل نہیں کیا گیا، اور اس کیس میں ان کے کردار، گرفتاریاں اور تاریخ وار واقعات بھی ان کے ساتھ زیرِ التوا ہیں۔</translation>
    </message>
    <message>
        <source>Only an administrator can import a bundle whose signing key is not trusted here. %1</source>
        <translation>جس بنڈل کی دستخطی کلید یہاں معتبر نہیں، اسے صرف منتظم امپورٹ کر سکتا ہے۔ %1</translation>
    </message>
</context>
<context>
    <name>caselink::BundleRecords</name>
    <message>
        <source>records.json is not a CaseLink records file of version 1.</source>
        <translation>records.json ورژن 1 کی CaseLink ریکارڈ فائل نہیں ہے۔</translation>
    </message>
    <message>
        <source>records.json has no &quot;%1&quot;.</source>
        <translation>records.json میں &quot;%1&quot; نہیں ہے۔</translation>
    </message>
    <message>
        <source>records.json names no case id.</source>
        <translation>records.json میں کوئی کیس آئی ڈی درج نہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::BundleVerifier</name>
    <message>
        <source>The bundle contains an unsafe path &quot;%1&quot; (absolute, or leading out of the folder); it is refused.</source>
        <translation>بنڈل میں غیر محفوظ راستہ &quot;%1&quot; ہے (مطلق، یا فولڈر سے باہر جاتا ہوا)؛ اسے مسترد کیا جاتا ہے۔</translation>
    </message>
    <message>
        <source>The bundle entry %1 cannot be found.</source>
        <translation>بنڈل اندراج %1 نہیں ملا۔</translation>
    </message>
    <message>
        <source>The bundle entry %1 cannot be read (damaged).</source>
        <translation>بنڈل اندراج %1 پڑھا نہیں جا سکتا (خراب)۔</translation>
    </message>
    <message>
        <source>The bundle entry %1 is damaged or truncated.</source>
        <translation>بنڈل اندراج %1 خراب یا نامکمل ہے۔</translation>
    </message>
    <message>
        <source>The bundle entry %1 is larger than allowed (over %2 bytes); it is refused.</source>
        <translation>بنڈل اندراج %1 اجازت سے بڑا ہے (%2 بائٹس سے زیادہ)؛ اسے مسترد کیا جاتا ہے۔</translation>
    </message>
    <message>
        <source>The check of the bundle was cancelled.</source>
        <translation>بنڈل کی جانچ منسوخ کر دی گئی۔</translation>
    </message>
    <message>
        <source>The bundle entry %1 is damaged (its checksum does not match).</source>
        <translation>بنڈل اندراج %1 خراب ہے (اس کا چیک سم مطابقت نہیں رکھتا)۔</translation>
    </message>
    <message>
        <source>The bundle %1 does not exist.</source>
        <translation>بنڈل %1 موجود نہیں۔</translation>
    </message>
    <message>
        <source>The bundle is encrypted for transport; decrypt it first with its password (%1).</source>
        <translation>بنڈل ترسیل کے لیے خفیہ کیا گیا ہے؛ پہلے اسے اس کے پاس ورڈ سے ڈی کرپٹ کریں (%1)۔</translation>
    </message>
    <message>
        <source>The bundle is not a readable zip archive (it is damaged or truncated).</source>
        <translation>بنڈل قابلِ مطالعہ zip آرکائیو نہیں ہے (یہ خراب یا نامکمل ہے)۔</translation>
    </message>
    <message>
        <source>The bundle&apos;s list of files is damaged.</source>
        <translation>بنڈل کی فائلوں کی فہرست خراب ہے۔</translation>
    </message>
    <message>
        <source>The bundle contains %1 twice.</source>
        <translation>بنڈل میں %1 دو بار موجود ہے۔</translation>
    </message>
    <message>
        <source>The bundle entry %1 is larger than allowed (%2 bytes, limit %3); it is refused.</source>
        <translation>بنڈل اندراج %1 اجازت سے بڑا ہے (%2 بائٹس، حد %3)؛ اسے مسترد کیا جاتا ہے۔</translation>
    </message>
    <message>
        <source>The bundle has more than %1 files.</source>
        <translation>بنڈل میں %1 سے زیادہ فائلیں ہیں۔</translation>
    </message>
    <message>
        <source>The bundle&apos;s list of files is damaged or truncated.</source>
        <translation>بنڈل کی فائلوں کی فہرست خراب یا نامکمل ہے۔</translation>
    </message>
    <message>
        <source>The bundle has no %1.</source>
        <translation>بنڈل میں %1 نہیں ہے۔</translation>
    </message>
    <message>
        <source>The signature in manifest.sig does not match manifest.json: the manifest was changed or signed with another key.</source>
        <translation>manifest.sig میں دستخط manifest.json سے مطابقت نہیں رکھتا: مینیفیسٹ تبدیل کیا گیا یا کسی دوسری کلید سے دستخط کیا گیا۔</translation>
    </message>
    <message>
        <source>manifest.json is not a CaseLink bundle manifest of version 1.</source>
        <translation>manifest.json ورژن 1 کا CaseLink بنڈل مینیفیسٹ نہیں ہے۔</translation>
    </message>
    <message>
        <source>The key fingerprint in the manifest is not that of office.pub.pem.</source>
        <translation>مینیفیسٹ میں کلید کا فنگر پرنٹ office.pub.pem کا نہیں ہے۔</translation>
    </message>
    <message>
        <source>manifest.json lists %1 twice or without a valid hash and size.</source>
        <translation>manifest.json میں %1 دو بار یا درست ہیش اور سائز کے بغیر درج ہے۔</translation>
    </message>
    <message>
        <source>The bundle contains %1, which the signed manifest does not list (a file was added).</source>
        <translation>بنڈل میں %1 ہے، جو دستخط شدہ مینیفیسٹ میں درج نہیں (ایک فائل شامل کی گئی)۔</translation>
    </message>
    <message>
        <source>The signed manifest lists %1, which is missing from the bundle (a file was removed).</source>
        <translation>دستخط شدہ مینیفیسٹ میں %1 درج ہے، جو بنڈل میں موجود نہیں (ایک فائل ہٹائی گئی)۔</translation>
    </message>
    <message>
        <source>%1 is longer than the signed manifest says (%2 bytes).</source>
        <translation>%1 دستخط شدہ مینیفیسٹ میں درج سائز (%2 بائٹس) سے بڑی ہے۔</translation>
    </message>
    <message>
        <source>The SHA-256 of %1 does not match the signed manifest: the file was changed.</source>
        <translation>%1 کا SHA-256 دستخط شدہ مینیفیسٹ سے مطابقت نہیں رکھتا: فائل تبدیل کی گئی۔</translation>
    </message>
    <message>
        <source>SHA256SUMS does not agree with the signed manifest for %1.</source>
        <translation>SHA256SUMS، %1 کے لیے دستخط شدہ مینیفیسٹ سے متفق نہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::BundleWriter</name>
    <message>
        <source>The bundle entry %1 could not be started.</source>
        <translation>بنڈل اندراج %1 شروع نہیں کیا جا سکا۔</translation>
    </message>
    <message>
        <source>The bundle entry %1 could not be written.</source>
        <translation>بنڈل اندراج %1 لکھا نہیں جا سکا۔</translation>
    </message>
    <message>
        <source>The bundle could not be finished.</source>
        <translation>بنڈل مکمل نہیں کیا جا سکا۔</translation>
    </message>
    <message>
        <source>CaseLink case bundle
====================

Case: %1
Office: %2 (%3)
Redaction profile: %4
Created: %5 by %6
Bundle id: %7

Signing key fingerprint (SHA-256 of the office&apos;s raw Ed25519 public key):
  %8
Compare it with the fingerprint the sending office gave you through another channel.

</source>
        <translation>CaseLink کیس بنڈل
====================

کیس: %1
دفتر: %2 (%3)
پردہ پوشی پروفائل: %4
تیار کردہ: %5، از %6
بنڈل آئی ڈی: %7

دستخطی کلید کا فنگر پرنٹ (دفتر کی خام Ed25519 پبلک کلید کا SHA-256):
  %8
اسے اس فنگر پرنٹ سے ملائیں جو بھیجنے والے دفتر نے آپ کو کسی دوسرے ذریعے سے دیا ہے۔

</translation>
    </message>
    <message>
        <source>How to verify with stock tools (OpenSSL 3, GNU coreutils)
---------------------------------------------------------
If you received an encrypted file (ending in .enc), decrypt it first; you are asked for the transport password:
  %1

Then unpack the zip into an empty folder and, inside it, run:
  openssl pkeyutl -verify -pubin -inkey office.pub.pem -rawin -in manifest.json -sigfile manifest.sig
    (prints &quot;Signature Verified Successfully&quot;: manifest.json is exactly what the office signed)
  sha256sum -c SHA256SUMS
    (every file is OK: the same SHA-256 values are listed in the signed manifest.json)
  openssl pkey -pubin -in office.pub.pem -outform DER | tail -c 32 | sha256sum
    (the key fingerprint above, without spaces)

Or, with CaseLink: caselink-cli verify-bundle &lt;file.zip&gt;
</source>
        <translation>عام ٹولز (OpenSSL 3، GNU coreutils) سے تصدیق کا طریقہ
---------------------------------------------------------
اگر آپ کو خفیہ فائل (.enc پر ختم ہونے والی) موصول ہوئی ہے تو پہلے اسے ڈی کرپٹ کریں؛ آپ سے ترسیلی پاس ورڈ پوچھا جائے گا:
  %1

پھر zip کو ایک خالی فولڈر میں کھولیں اور اس کے اندر یہ چلائیں:
  openssl pkeyutl -verify -pubin -inkey office.pub.pem -rawin -in manifest.json -sigfile manifest.sig
    (&quot;Signature Verified Successfully&quot; دکھاتا ہے: manifest.json بالکل وہی ہے جس پر دفتر نے دستخط کیے)
  sha256sum -c SHA256SUMS
    (ہر فائل OK ہے: یہی SHA-256 اقدار دستخط شدہ manifest.json میں درج ہیں)
  openssl pkey -pubin -in office.pub.pem -outform DER | tail -c 32 | sha256sum
    (اوپر دیا گیا کلید کا فنگر پرنٹ، خالی جگہوں کے بغیر)

یا CaseLink کے ساتھ: caselink-cli verify-bundle &lt;file.zip&gt;
</translation>
    </message>
    <message>
        <source>A private working folder could not be created.</source>
        <translation>نجی ورکنگ فولڈر نہیں بنایا جا سکا۔</translation>
    </message>
    <message>
        <source>The bundle %1 could not be created.</source>
        <translation>بنڈل %1 نہیں بنایا جا سکا۔</translation>
    </message>
    <message>
        <source>The bundle %1 could not be written.</source>
        <translation>بنڈل %1 لکھا نہیں جا سکا۔</translation>
    </message>
</context>
<context>
    <name>caselink::CaseDialog</name>
    <message>
        <source>Enquiry time</source>
        <translation>انکوائری کا وقت</translation>
    </message>
    <message>
        <source>FIR time</source>
        <translation>ایف آئی آر کا وقت</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>مدعی</translation>
    </message>
    <message>
        <source>Brief facts</source>
        <translation>مختصر حقائق</translation>
    </message>
    <message>
        <source>HH:MM, office time</source>
        <translation>HH:MM، دفتری وقت</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>نیا کیس</translation>
    </message>
    <message>
        <source>Edit case</source>
        <translation>کیس میں ترمیم</translation>
    </message>
    <message>
        <source>e.g. ENQ-GRW-2025-0142</source>
        <translation>مثلاً ENQ-GRW-2025-0142</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>e.g. C-188/2025</source>
        <translation>مثلاً C-188/2025</translation>
    </message>
    <message>
        <source>empty: your circle</source>
        <translation>خالی: آپ کا سرکل</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(تفویض نہیں)</translation>
    </message>
    <message>
        <source>Enquiry number</source>
        <translation>انکوائری نمبر</translation>
    </message>
    <message>
        <source>Enquiry date</source>
        <translation>تاریخِ انکوائری</translation>
    </message>
    <message>
        <source>FIR number</source>
        <translation>ایف آئی آر نمبر</translation>
    </message>
    <message>
        <source>Enter an FIR number or an enquiry number.</source>
        <translation>ایف آئی آر نمبر یا انکوائری نمبر درج کریں۔</translation>
    </message>
    <message>
        <source>FIR station</source>
        <translation>ایف آئی آر تھانہ</translation>
    </message>
    <message>
        <source>FIR date</source>
        <translation>تاریخِ ایف آئی آر</translation>
    </message>
    <message>
        <source>Without the FIR date the interim challan deadline cannot be shown.</source>
        <translation>ایف آئی آر کی تاریخ کے بغیر عبوری چالان کی آخری تاریخ نہیں دکھائی جا سکتی۔</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>صورتحال</translation>
    </message>
    <message>
        <source>This status needs a registered FIR number.</source>
        <translation>اس صورتحال کے لیے درج شدہ ایف آئی آر نمبر ضروری ہے۔</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصہ</translation>
    </message>
    <message>
        <source>Investigating officer</source>
        <translation>تفتیشی افسر</translation>
    </message>
    <message>
        <source>Offence sections</source>
        <translation>دفعات جرم</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>عدالت</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>پراسیکیوٹر</translation>
    </message>
    <message>
        <source>Edit case %1</source>
        <translation>کیس %1 میں ترمیم</translation>
    </message>
</context>
<context>
    <name>caselink::CaseEvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>شہادت</translation>
    </message>
    <message>
        <source>Drop files here to add them. Files are stored encrypted in the case database with their SHA-256; opening one gives the viewer a temporary copy that is removed afterwards.</source>
        <translation>فائلیں شامل کرنے کے لیے یہاں چھوڑیں۔ فائلیں کیس ڈیٹا بیس میں اپنے SHA-256 کے ساتھ خفیہ حالت میں محفوظ ہوتی ہیں؛ کسی فائل کو کھولنے پر ویور کو ایک عارضی نقل ملتی ہے جو بعد میں حذف کر دی جاتی ہے۔</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>فائلیں شامل کریں…</translation>
    </message>
    <message>
        <source>Add exhibit…</source>
        <translation>نمائش (ایگزیبٹ) شامل کریں…</translation>
    </message>
    <message>
        <source>Custody event…</source>
        <translation>حراستی واقعہ…</translation>
    </message>
    <message>
        <source>Verify hash</source>
        <translation>ہیش کی تصدیق</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>Export case file…</source>
        <translation>کیس فائل برآمد کریں…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>File or malkhana no.</source>
        <translation>فائل یا مال خانہ نمبر</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>سائز</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>وصولی</translation>
    </message>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>واقعہ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>بنام</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کہاں</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>درج کنندہ</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>سلسلۂ تحویل</translation>
    </message>
    <message>
        <source>Chain of custody: %1</source>
        <translation>سلسلۂ تحویل: %1</translation>
    </message>
    <message>
        <source>Adding %1… %p%</source>
        <translation>%1 شامل کیا جا رہا ہے… %p%</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added with their SHA-256.</source>
        <translation>
            <numerusform>%n فائلیں اپنے SHA-256 کے ساتھ شامل کی گئیں۔</numerusform>
            <numerusform>%n فائلیں اپنے SHA-256 کے ساتھ شامل کی گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>شہادتی فائلیں شامل کریں</translation>
    </message>
    <message>
        <source>The stored file matches the SHA-256 taken at intake.</source>
        <translation>محفوظ فائل وصولی کے وقت لیے گئے SHA-256 سے مطابقت رکھتی ہے۔</translation>
    </message>
    <message>
        <source>The stored file no longer matches the SHA-256 taken at intake. Report this to your supervisor; do not use the file as evidence.</source>
        <translation>محفوظ فائل اب وصولی کے وقت لیے گئے SHA-256 سے مطابقت نہیں رکھتی۔ اپنے افسرِ بالا کو اطلاع دیں؛ اس فائل کو بطور شہادت استعمال نہ کریں۔</translation>
    </message>
    <message>
        <source>No viewer is installed for this kind of file.</source>
        <translation>اس قسم کی فائل کے لیے کوئی ویور انسٹال نہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::CaseRecord</name>
    <message>
        <source>Enquiry registered</source>
        <translation>انکوائری درج</translation>
    </message>
    <message>
        <source>Enquiry closed</source>
        <translation>انکوائری بند</translation>
    </message>
    <message>
        <source>FIR registered</source>
        <translation>ایف آئی آر درج</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>زیرِ تفتیش</translation>
    </message>
    <message>
        <source>Interim challan submitted</source>
        <translation>عبوری چالان پیش</translation>
    </message>
    <message>
        <source>Final challan submitted</source>
        <translation>حتمی چالان پیش</translation>
    </message>
    <message>
        <source>Dropped after investigation</source>
        <translation>تفتیش کے بعد خارج</translation>
    </message>
    <message>
        <source>Under trial</source>
        <translation>زیرِ سماعت</translation>
    </message>
    <message>
        <source>Accused proclaimed offender</source>
        <translation>ملزم اشتہاری قرار</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>سزا یافتہ</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <translation>بری</translation>
    </message>
    <message>
        <source>Appeal pending</source>
        <translation>اپیل زیرِ التوا</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>نمٹا دیا گیا</translation>
    </message>
    <message>
        <source>Kingpin</source>
        <translation>سرغنہ</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>ایجنٹ</translation>
    </message>
    <message>
        <source>Sub-agent</source>
        <translation>سب ایجنٹ</translation>
    </message>
    <message>
        <source>Document forger</source>
        <translation>جعلی دستاویزات تیار کرنے والا</translation>
    </message>
    <message>
        <source>Money handler</source>
        <translation>رقوم کا لین دین کرنے والا</translation>
    </message>
    <message>
        <source>Transporter</source>
        <translation>ٹرانسپورٹر</translation>
    </message>
    <message>
        <source>Safe-house keeper</source>
        <translation>سیف ہاؤس چلانے والا</translation>
    </message>
    <message>
        <source>Boat operator</source>
        <translation>کشتی چلانے والا</translation>
    </message>
    <message>
        <source>Corrupt official</source>
        <translation>بدعنوان سرکاری اہلکار</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>مدعی</translation>
    </message>
    <message>
        <source>Smuggled migrant</source>
        <translation>اسمگل شدہ تارکِ وطن</translation>
    </message>
    <message>
        <source>Trafficking victim</source>
        <translation>انسانی اسمگلنگ کا متاثرہ فرد</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>گواہ</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>خاندان کا فرد</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لاگو نہیں</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Arrested</source>
        <translation>گرفتار</translation>
    </message>
    <message>
        <source>On bail</source>
        <translation>ضمانت پر</translation>
    </message>
    <message>
        <source>Absconding</source>
        <translation>مفرور</translation>
    </message>
    <message>
        <source>Proclaimed offender</source>
        <translation>اشتہاری</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>بیرونِ ملک</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>رہا</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>زندہ بچ جانے والا</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>جاں بحق</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>لاپتہ</translation>
    </message>
    <message>
        <source>Deportee</source>
        <translation>ڈی پورٹ شدہ</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>وطن واپس</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <source>Court absconder</source>
        <translation>عدالتی مفرور</translation>
    </message>
    <message>
        <source>Most wanted (Red Book)</source>
        <translation>انتہائی مطلوب (ریڈ بک)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>روانگی</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>آمد</translation>
    </message>
    <message>
        <source>Physical remand</source>
        <translation>جسمانی ریمانڈ</translation>
    </message>
    <message>
        <source>Judicial remand</source>
        <translation>جوڈیشل ریمانڈ</translation>
    </message>
</context>
<context>
    <name>caselink::CaseFileLoader</name>
    <message>
        <source>Prosecutor (complete)</source>
        <translation>پراسیکیوٹر (مکمل)</translation>
    </message>
    <message>
        <source>Partner agency (victims and witnesses withheld)</source>
        <translation>شراکت دار ادارہ (متاثرین اور گواہان پوشیدہ)</translation>
    </message>
    <message>
        <source>Statistics (counts only)</source>
        <translation>اعداد و شمار (صرف تعداد)</translation>
    </message>
    <message>
        <source>Several cases have the number %1: %2. Give the case id instead.</source>
        <translation>کئی کیسوں کا نمبر %1 ہے: %2۔ اس کے بجائے کیس آئی ڈی دیں۔</translation>
    </message>
    <message>
        <source>No case %1 within your scope.</source>
        <translation>آپ کے دائرہ اختیار میں کوئی کیس %1 نہیں۔</translation>
    </message>
    <message>
        <source>[withheld]</source>
        <translation>[پوشیدہ]</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>caselink::CaseFilePdf</name>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>خفیہ</translation>
    </message>
    <message>
        <source>%1 · %2 · Page %3 of %4</source>
        <translation>%1 · %2 · صفحہ %3 از %4</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>کیس فائل</translation>
    </message>
    <message>
        <source>FIR</source>
        <translation>ایف آئی آر</translation>
    </message>
    <message>
        <source>Police station / circle</source>
        <translation>تھانہ / سرکل</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>انکوائری</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>صورتحال</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <source>Redaction profile</source>
        <translation>پردہ پوشی پروفائل</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>تیار کنندہ</translation>
    </message>
    <message>
        <source>Generated at</source>
        <translation>وقتِ تیاری</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>کیس آئی ڈی</translation>
    </message>
    <message>
        <source>Office signing key (SHA-256 fingerprint)</source>
        <translation>دفتر کی دستخطی کلید (SHA-256 فنگر پرنٹ)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>فہرستِ مضامین</translation>
    </message>
    <message>
        <source>Case file %1</source>
        <translation>کیس فائل %1</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>PDF شروع نہیں کی جا سکی۔</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>PDF مکمل نہیں کی جا سکی۔</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>فائل %1 لکھی نہیں جا سکی۔</translation>
    </message>
    <message>
        <source>nominated in FIR</source>
        <translation>ایف آئی آر میں نامزد</translation>
    </message>
    <message>
        <source>CNIC %1</source>
        <translation>شناختی کارڈ %1</translation>
    </message>
    <message>
        <source>Passport %1 (%2)</source>
        <translation>پاسپورٹ %1 (%2)</translation>
    </message>
    <message>
        <source>Phone %1</source>
        <translation>فون %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>پتہ: %1</translation>
    </message>
    <message>
        <source>Arrested %1 at %2 (%3)</source>
        <translation>%1 کو %2 (%3) پر گرفتار کیا گیا</translation>
    </message>
    <message>
        <source>Produced before magistrate %1</source>
        <translation>مجسٹریٹ %1 کے روبرو پیش کیا گیا</translation>
    </message>
    <message>
        <source>Summary and charges</source>
        <translation>خلاصہ اور الزامات</translation>
    </message>
    <message>
        <source>FIR date</source>
        <translation>تاریخِ ایف آئی آر</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>عدالت</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>مد</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>قدر</translation>
    </message>
    <message>
        <source>Penalty: %1</source>
        <translation>سزا: %1</translation>
    </message>
    <message>
        <source>No offence sections are recorded.</source>
        <translation>کوئی دفعات جرم درج نہیں۔</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>کچھ درج نہیں۔</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Identifiers and contact</source>
        <translation>شناختی تفصیلات اور رابطہ</translation>
    </message>
    <message>
        <source>Arrest and custody</source>
        <translation>گرفتاری اور حراست</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>تاریخ وار واقعات</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>واقعہ</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>قانونی حوالہ</translation>
    </message>
    <message>
        <source>Evidence index</source>
        <translation>فہرستِ شہادت</translation>
    </message>
    <message>
        <source>Malkhana register %1</source>
        <translation>مال خانہ رجسٹر %1</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>حراست</translation>
    </message>
    <message>
        <source>By</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>بنام</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کہاں</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>درج کنندہ</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>کردار: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>نتیجہ: %1</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>پیمانہ</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>ملزمان</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>متاثرین</translation>
    </message>
    <message>
        <source>Complainants, witnesses and family</source>
        <translation>مدعیان، گواہان اور اہلِ خانہ</translation>
    </message>
    <message>
        <source>Relationship chart</source>
        <translation>تعلقات کا چارٹ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ٹائم لائن</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>دیگر واقعہ</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>تاریخ و وقت</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مقام</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>ادائیگیاں</translation>
    </message>
    <message>
        <source>no rate recorded</source>
        <translation>شرح درج نہیں</translation>
    </message>
    <message>
        <source>FMU reference %1</source>
        <translation>ایف ایم یو حوالہ %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>ادا کنندہ</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>وصول کنندہ</translation>
    </message>
    <message>
        <source>Amount as paid</source>
        <translation>ادا شدہ رقم</translation>
    </message>
    <message>
        <source>In rupees</source>
        <translation>روپوں میں</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ذریعۂ ادائیگی</translation>
    </message>
    <message>
        <source>Payments recorded: %1. Total in rupees: %2.</source>
        <translation>درج ادائیگیاں: %1۔ کل رقم روپوں میں: %2۔</translation>
    </message>
    <message>
        <source>Without a recorded rate, so not in the total: %1.</source>
        <translation>شرح درج نہ ہونے کے باعث کل میں شامل نہیں: %1۔</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>راستہ</translation>
    </message>
    <message>
        <source>No traveller named</source>
        <translation>مسافر کا نام درج نہیں</translation>
    </message>
    <message>
        <source>Travelled by %1</source>
        <translation>مسافر: %1</translation>
    </message>
    <message>
        <source>From</source>
        <comment>route: place of departure</comment>
        <translation>روانگی</translation>
    </message>
    <message>
        <source>To</source>
        <comment>route: destination</comment>
        <translation>منزل</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>ذریعۂ سفر</translation>
    </message>
    <message>
        <source>Border point</source>
        <translation>سرحدی مقام</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>سہولت کار</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>دستاویزات</translation>
    </message>
    <message>
        <source>[withheld]</source>
        <translation>[پوشیدہ]</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>جاری کنندہ ملک</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>حامل</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>اصلیت</translation>
    </message>
    <message>
        <source>Malkhana register</source>
        <translation>مال خانہ رجسٹر</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>کیفیت</translation>
    </message>
    <message>
        <source>PKR %1</source>
        <translation>%1 روپے</translation>
    </message>
    <message>
        <source>(%1 crore)</source>
        <translation>(%1 کروڑ)</translation>
    </message>
    <message>
        <source>(%1 lakh)</source>
        <translation>(%1 لاکھ)</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation>%1 %2 تا %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>حکم %1</translation>
    </message>
    <message>
        <source>Arrested %1 (%2)</source>
        <translation>%1 کو گرفتار کیا گیا (%2)</translation>
    </message>
    <message>
        <source>Events in the chronology</source>
        <translation>تاریخ وار واقعات</translation>
    </message>
    <message>
        <source>Remand orders</source>
        <translation>ریمانڈ کے احکامات</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>شہادتی فائلیں</translation>
    </message>
    <message>
        <source>Exhibits in the malkhana</source>
        <translation>مال خانہ میں جمع شدہ اشیاء</translation>
    </message>
    <message>
        <source>Route legs</source>
        <translation>راستے کے مراحل</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>Times shown in</source>
        <translation>اوقات بمطابق</translation>
    </message>
    <message>
        <source>Reason for the date of arrest: %1</source>
        <translation>تاریخِ گرفتاری کی وجہ: %1</translation>
    </message>
    <message>
        <source>Reason for the late production: %1</source>
        <translation>تاخیر سے پیشی کی وجہ: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>پی ڈی ایف محفوظ نہیں ہو سکی: %1</translation>
    </message>
    <message>
        <source>The PDF writer produced a file whose structure could not be completed.</source>
        <translation>پی ڈی ایف کی ساخت مکمل نہیں ہو سکی۔</translation>
    </message>
</context>
<context>
    <name>caselink::CaseListModel</name>
    <message>
        <source>FIR</source>
        <translation>ایف آئی آر</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>انکوائری</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <source>FIR date</source>
        <translation>ایف آئی آر کی تاریخ</translation>
    </message>
    <message>
        <source>Investigating officer</source>
        <translation>تفتیشی افسر</translation>
    </message>
</context>
<context>
    <name>caselink::CaseRepository</name>
    <message>
        <source>An FIR date was given without an FIR number. Enter the FIR number too, or leave the date empty for an enquiry.</source>
        <translation>ایف آئی آر کی تاریخ درج ہے لیکن ایف آئی آر نمبر نہیں۔ ایف آئی آر نمبر بھی درج کریں، یا انکوائری کے لیے تاریخ خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <source>Give the enquiry number, the FIR number, or both: a case needs at least one.</source>
        <translation>انکوائری نمبر، ایف آئی آر نمبر یا دونوں درج کریں: ہر مقدمے کے لیے کم از کم ایک نمبر ضروری ہے۔</translation>
    </message>
    <message>
        <source>FIR date</source>
        <translation>ایف آئی آر کی تاریخ</translation>
    </message>
    <message>
        <source>enquiry date</source>
        <translation>انکوائری کی تاریخ</translation>
    </message>
    <message>
        <source>The %1 %2 lies in the future.</source>
        <translation>%1 (%2) مستقبل میں ہے۔</translation>
    </message>
    <message>
        <source>FIR %1 carries the year %2 but is dated %3; check the number and the date.</source>
        <translation>ایف آئی آر %1 پر سال %2 درج ہے لیکن اس کی تاریخ %3 ہے؛ نمبر اور تاریخ کی جانچ کریں۔</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; needs a registered FIR; enter the FIR number first.</source>
        <translation>حیثیت &quot;%1&quot; کے لیے درج شدہ ایف آئی آر ضروری ہے؛ پہلے ایف آئی آر نمبر درج کریں۔</translation>
    </message>
    <message>
        <source>Cases belong to your own office. Only administrators and supervisors can give a case to another office, and only one inside their area.</source>
        <translation>مقدمات آپ کے اپنے دفتر سے متعلق ہوتے ہیں۔ صرف منتظمین اور نگران کسی مقدمے کو دوسرے دفتر کے حوالے کر سکتے ہیں، اور وہ بھی صرف اپنے علاقے کے اندر کسی دفتر کو۔</translation>
    </message>
    <message>
        <source>The linked incident does not exist.</source>
        <translation>منسلک سانحہ موجود نہیں۔</translation>
    </message>
    <message>
        <source>The route code is not one CaseLink knows.</source>
        <translation>یہ روٹ کوڈ کیس لنک کے علم میں نہیں۔</translation>
    </message>
    <message>
        <source>The investigating officer is not in the list of officers.</source>
        <translation>تفتیشی افسر افسران کی فہرست میں شامل نہیں۔</translation>
    </message>
    <message>
        <source>One of the offence sections is not in the offence list.</source>
        <translation>جرائم کی دفعات میں سے ایک دفعہ جرائم کی فہرست میں شامل نہیں۔</translation>
    </message>
    <message>
        <source>FIR %1 of %2 is already recorded as a case. An FIR number is unique for its police station or circle and year: check the number, or open the existing case.</source>
        <translation>%2 کی ایف آئی آر %1 پہلے ہی ایک مقدمے کے طور پر درج ہے۔ ایف آئی آر نمبر اپنے تھانے یا سرکل اور سال کے لحاظ سے منفرد ہوتا ہے: نمبر کی جانچ کریں، یا پہلے سے موجود مقدمہ کھولیں۔</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>یہ مقدمہ اب موجود نہیں۔</translation>
    </message>
    <message>
        <source>Cannot record the offence sections.</source>
        <translation>جرائم کی دفعات درج نہیں کی جا سکیں۔</translation>
    </message>
    <message>
        <source>Cannot update the search index.</source>
        <translation>تلاش کا اشاریہ اپ ڈیٹ نہیں کیا جا سکا۔</translation>
    </message>
    <message>
        <source>No such case, or not in your scope.</source>
        <translation>ایسا کوئی مقدمہ موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
    <message>
        <source>A case cannot be linked to itself.</source>
        <translation>کسی مقدمے کو خود اسی سے منسلک نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>The two cases are already linked.</source>
        <translation>دونوں مقدمات پہلے ہی منسلک ہیں۔</translation>
    </message>
    <message>
        <source>The two cases are not linked.</source>
        <translation>دونوں مقدمات آپس میں منسلک نہیں۔</translation>
    </message>
    <message>
        <source>Only administrators and supervisors assign cases to prosecutors.</source>
        <translation>مقدمات پراسیکیوٹرز کے سپرد صرف منتظمین اور نگران کرتے ہیں۔</translation>
    </message>
    <message>
        <source>Cannot read the assignment.</source>
        <translation>سپردگی کا اندراج پڑھا نہیں جا سکا۔</translation>
    </message>
    <message>
        <source>Cases are assigned to active prosecutor-reader accounts only.</source>
        <translation>مقدمات صرف فعال پراسیکیوٹر (صرف مطالعہ) اکاؤنٹس کے سپرد کیے جاتے ہیں۔</translation>
    </message>
    <message>
        <source>The case is already assigned to %1.</source>
        <translation>یہ مقدمہ پہلے ہی %1 کے سپرد ہے۔</translation>
    </message>
    <message>
        <source>The case is not assigned to that user.</source>
        <translation>یہ مقدمہ اس صارف کے سپرد نہیں۔</translation>
    </message>
    <message>
        <source>An outcome (survivor, deceased, missing, ...) is recorded for smuggled migrants and trafficking victims only, not for the role &quot;%1&quot;.</source>
        <translation>انجام (زندہ بچ جانے والا، جاں بحق، لاپتہ، ...) صرف اسمگل شدہ تارکینِ وطن اور انسانی اسمگلنگ کے متاثرہ افراد کے لیے درج کیا جاتا ہے، کردار &quot;%1&quot; کے لیے نہیں۔</translation>
    </message>
    <message>
        <source>No such role, or not in your scope.</source>
        <translation>ایسا کوئی کردار موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
    <message>
        <source>This person already has the role &quot;%1&quot; in this case.</source>
        <translation>اس فرد کا اس مقدمے میں کردار &quot;%1&quot; پہلے سے درج ہے۔</translation>
    </message>
</context>
<context>
    <name>caselink::CaseWorkspace</name>
    <message>
        <source>(not in this case)</source>
        <translation>(اس کیس میں نہیں)</translation>
    </message>
    <message>
        <source>Complete the enquiry: register an FIR or close the enquiry.</source>
        <translation>انکوائری مکمل کریں: ایف آئی آر درج کریں یا انکوائری بند کریں۔</translation>
    </message>
    <message>
        <source>Investigate and submit the challan under section 173.</source>
        <translation>تفتیش کریں اور دفعہ 173 کے تحت چالان جمع کرائیں۔</translation>
    </message>
    <message>
        <source>Investigate; an interim challan is required from %1 if the investigation is not complete.</source>
        <translation>تفتیش کریں؛ اگر تفتیش مکمل نہ ہو تو %1 سے عبوری چالان درکار ہے۔</translation>
    </message>
    <message>
        <source>Submit the interim challan (section 173) by %1.</source>
        <translation>عبوری چالان (دفعہ 173) %1 تک جمع کرائیں۔</translation>
    </message>
    <message>
        <source>The interim challan was due on %1 and is overdue.</source>
        <translation>عبوری چالان کی آخری تاریخ %1 تھی اور اب تاخیر ہو چکی ہے۔</translation>
    </message>
    <message>
        <source>Complete the investigation and submit the final challan.</source>
        <translation>تفتیش مکمل کریں اور حتمی چالان جمع کرائیں۔</translation>
    </message>
    <message>
        <source>Await the court&apos;s cognisance and the start of the trial.</source>
        <translation>عدالت کے نوٹس لینے اور ٹرائل شروع ہونے کا انتظار کریں۔</translation>
    </message>
    <message>
        <source>Attend the hearings and produce the prosecution witnesses.</source>
        <translation>سماعتوں میں حاضر ہوں اور استغاثہ کے گواہان پیش کریں۔</translation>
    </message>
    <message>
        <source>Trace the proclaimed offender; consider a Red Book entry and a Red Notice request.</source>
        <translation>اشتہاری ملزم کا سراغ لگائیں؛ ریڈ بک اندراج اور ریڈ نوٹس کی درخواست پر غور کریں۔</translation>
    </message>
    <message>
        <source>Appeal period: decide on an appeal and record its outcome.</source>
        <translation>مدتِ اپیل: اپیل کا فیصلہ کریں اور اس کا نتیجہ درج کریں۔</translation>
    </message>
    <message>
        <source>Follow the appeal.</source>
        <translation>اپیل کی پیروی کریں۔</translation>
    </message>
    <message>
        <source>No further legal step: the case is closed.</source>
        <translation>مزید کوئی قانونی کارروائی نہیں: کیس بند ہے۔</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>جائزہ</translation>
    </message>
    <message>
        <source>People and roles</source>
        <translation>افراد اور کردار</translation>
    </message>
    <message>
        <source>Arrests and custody</source>
        <translation>گرفتاریاں اور حراست</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>متاثرین</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>ادائیگیاں</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>راستہ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>دستاویزات</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>شہادت</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>منسلک کیس</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچہ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>کیس</translation>
    </message>
</context>
<context>
    <name>caselink::ChartData</name>
    <message>
        <source>Rs %1</source>
        <translation>روپے %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>تنظیم</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>کیس</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>دستاویز</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>واقعہ</translation>
    </message>
    <message>
        <source>recruited</source>
        <translation>بھرتی کیا</translation>
    </message>
    <message>
        <source>sub-agent of</source>
        <translation>کا ذیلی ایجنٹ</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>ادائیگی کی</translation>
    </message>
    <message>
        <source>member of</source>
        <translation>کا رکن</translation>
    </message>
    <message>
        <source>family</source>
        <translation>خاندان</translation>
    </message>
    <message>
        <source>associate</source>
        <translation>ساتھی</translation>
    </message>
    <message>
        <source>travelled with</source>
        <translation>ہمسفر</translation>
    </message>
    <message>
        <source>arrested together</source>
        <translation>اکٹھے گرفتار</translation>
    </message>
    <message>
        <source>uses phone</source>
        <translation>فون استعمال کرتا ہے</translation>
    </message>
    <message>
        <source>holds document</source>
        <translation>دستاویز رکھتا ہے</translation>
    </message>
    <message>
        <source>lives at</source>
        <translation>رہائش پذیر</translation>
    </message>
    <message>
        <source>role in case</source>
        <translation>کیس میں کردار</translation>
    </message>
    <message>
        <source>victim in case</source>
        <translation>مقدمے میں متاثرہ</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>واقعہ</translation>
    </message>
    <message>
        <source>s/o</source>
        <translation>ولد</translation>
    </message>
    <message>
        <source>d/o</source>
        <translation>دختر</translation>
    </message>
    <message>
        <source>w/o</source>
        <translation>زوجہ</translation>
    </message>
</context>
<context>
    <name>caselink::ChartFiles</name>
    <message>
        <source>victims&apos; identities shown</source>
        <translation>متاثرین کی شناخت ظاہر</translation>
    </message>
    <message>
        <source>victims&apos; identities withheld</source>
        <translation>متاثرین کی شناخت پوشیدہ</translation>
    </message>
    <message>
        <source>Scope: %1 (%2), cases of %3 and the units below it; %4</source>
        <translation>دائرۂ رسائی: %1 (%2)، %3 اور اس کے ماتحت یونٹس کے مقدمات؛ %4</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>خفیہ</translation>
    </message>
    <message>
        <source>Exported %1 (%2)</source>
        <translation>برآمد کیا گیا: %1 (%2)</translation>
    </message>
    <message>
        <source>Choose a file ending in .png, .svg, .pdf, .graphml, .gexf, .ftm or .anx.</source>
        <translation>ایسی فائل منتخب کریں جس کا اختتام .png، .svg، .pdf، .graphml، .gexf، .ftm یا .anx پر ہو۔</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 میں لکھا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>چارٹ محفوظ کریں</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>نام:</translation>
    </message>
    <message>
        <source>Chart saved.</source>
        <translation>چارٹ محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>No saved charts yet.</source>
        <translation>ابھی تک کوئی محفوظ چارٹ نہیں۔</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation>چارٹ کھولیں</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>چارٹ:</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>چارٹ برآمد کریں</translation>
    </message>
    <message>
        <source>Pictures (*.png *.svg *.pdf);;GraphML (*.graphml);;GEXF (*.gexf);;FollowTheMoney (*.ftm);;i2 Analyst&apos;s Notebook (*.anx)</source>
        <translation>تصاویر (*.png *.svg *.pdf);;GraphML (*.graphml);;GEXF (*.gexf);;FollowTheMoney (*.ftm);;i2 Analyst&apos;s Notebook (*.anx)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 میں برآمد کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>caselink::ChartStore</name>
    <message>
        <source>A chart needs a name of 1 to 120 characters.</source>
        <translation>چارٹ کا نام 1 سے 120 حروف پر مشتمل ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>No such chart, or not in your scope.</source>
        <translation>ایسا کوئی چارٹ نہیں، یا آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::ChartStyle</name>
    <message>
        <source>Kingpin</source>
        <translation>سرغنہ</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>ایجنٹ</translation>
    </message>
    <message>
        <source>Sub-agent</source>
        <translation>سب ایجنٹ</translation>
    </message>
    <message>
        <source>Document forger</source>
        <translation>جعلی دستاویز ساز</translation>
    </message>
    <message>
        <source>Money handler</source>
        <translation>رقم کا لین دین کرنے والا</translation>
    </message>
    <message>
        <source>Transporter</source>
        <translation>ٹرانسپورٹر</translation>
    </message>
    <message>
        <source>Safe house</source>
        <translation>محفوظ ٹھکانہ</translation>
    </message>
    <message>
        <source>Boat operator</source>
        <translation>کشتی چلانے والا</translation>
    </message>
    <message>
        <source>Corrupt official</source>
        <translation>بدعنوان اہلکار</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>متاثرہ فرد</translation>
    </message>
    <message>
        <source>Deceased victim</source>
        <translation>جاں بحق متاثرہ فرد</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>گواہ</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>مدعی</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>خاندان کا فرد</translation>
    </message>
</context>
<context>
    <name>caselink::ChartWorkspace</name>
    <message>
        <source>Legend</source>
        <translation>علامات</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>چارٹ: %1</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>چارٹ</translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation>قوت پر مبنی ترتیب</translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation>درجہ بندی</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>دائرہ</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>ترتیب دیں</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>روکیں</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>کالعدم کریں</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>دوبارہ کریں</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>پھیلائیں</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>سمیٹیں</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>پن کریں</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>پن ہٹائیں</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>راستے</translation>
    </message>
    <message>
        <source>Shortest path between two selected</source>
        <translation>دو منتخب کے درمیان مختصر ترین راستہ</translation>
    </message>
    <message>
        <source>Path in time order between two selected</source>
        <translation>دو منتخب کے درمیان وقت کی ترتیب سے راستہ</translation>
    </message>
    <message>
        <source>Network connecting the selected</source>
        <translation>منتخب کو جوڑنے والا نیٹ ورک</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>سائز:</translation>
    </message>
    <message>
        <source>Same size</source>
        <translation>یکساں سائز</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>رنگ:</translation>
    </message>
    <message>
        <source>By type and role</source>
        <translation>قسم اور کردار کے لحاظ سے</translation>
    </message>
    <message>
        <source>By community</source>
        <translation>گروہ کے لحاظ سے</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>دکھائیں</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>تاریخیں</translation>
    </message>
    <message>
        <source>Find in chart</source>
        <translation>چارٹ میں تلاش کریں</translation>
    </message>
    <message>
        <source>Nothing in this chart matches.</source>
        <translation>اس چارٹ میں کچھ بھی مطابقت نہیں رکھتا۔</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>محفوظ کریں…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>کھولیں…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>برآمد کریں…</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>ریکارڈ کھولیں</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>منتقل کریں</translation>
    </message>
    <message>
        <source>The network was cut at %1 nodes; expand nodes to see more.</source>
        <translation>نیٹ ورک %1 نوڈز پر کاٹ دیا گیا؛ مزید دیکھنے کے لیے نوڈز پھیلائیں۔</translation>
    </message>
    <message>
        <source>Select a node to see its details. Drag to move, drag on the background to select several, wheel to zoom.</source>
        <translation>تفصیلات دیکھنے کے لیے نوڈ منتخب کریں۔ منتقل کرنے کے لیے گھسیٹیں، کئی منتخب کرنے کے لیے پس منظر پر گھسیٹیں، زوم کے لیے وہیل استعمال کریں۔</translation>
    </message>
    <message numerus="yes">
        <source>%n nodes selected.</source>
        <translation>
            <numerusform>%n نوڈز منتخب۔</numerusform>
            <numerusform>%n نوڈز منتخب۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>کردار: %1</translation>
    </message>
    <message>
        <source>Identity withheld: your account does not have the victims grant.</source>
        <translation>شناخت مخفی: آپ کے اکاؤنٹ کو متاثرین تک رسائی کی اجازت نہیں۔</translation>
    </message>
    <message>
        <source>Select exactly two nodes.</source>
        <translation>ٹھیک دو نوڈز منتخب کریں۔</translation>
    </message>
    <message>
        <source>No path through links in time order joins these two.</source>
        <translation>وقت کی ترتیب میں روابط کا کوئی راستہ ان دونوں کو نہیں جوڑتا۔</translation>
    </message>
    <message>
        <source>Nothing in this chart joins these two.</source>
        <translation>اس چارٹ میں کوئی چیز ان دونوں کو نہیں جوڑتی۔</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>ترتیب</translation>
    </message>
    <message>
        <source>No such node in the chart.</source>
        <translation>چارٹ میں ایسا کوئی نوڈ نہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::CourtProceeding</name>
    <message>
        <source>Magistrate</source>
        <translation>مجسٹریٹ</translation>
    </message>
    <message>
        <source>Sessions Court</source>
        <translation>سیشن کورٹ</translation>
    </message>
    <message>
        <source>Special Court (Central)</source>
        <translation>خصوصی عدالت (سینٹرل)</translation>
    </message>
    <message>
        <source>High Court</source>
        <translation>ہائی کورٹ</translation>
    </message>
    <message>
        <source>Supreme Court</source>
        <translation>سپریم کورٹ</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>سزا یافتہ</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <translation>بری</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>ڈسچارج</translation>
    </message>
</context>
<context>
    <name>caselink::CourtRepository</name>
    <message>
        <source>A judgment date, sentence or fine needs the judgment itself.</source>
        <translation>فیصلے کی تاریخ، سزا یا جرمانہ درج کرنے کے لیے خود فیصلہ بھی درج ہونا ضروری ہے۔</translation>
    </message>
    <message>
        <source>Only a conviction carries a sentence or a fine.</source>
        <translation>سزا یا جرمانہ صرف سزا کے فیصلے میں ہوتا ہے۔</translation>
    </message>
    <message>
        <source>The judgment date is in the future.</source>
        <translation>فیصلے کی تاریخ مستقبل میں ہے۔</translation>
    </message>
    <message>
        <source>An appeal must be against another proceeding of the same case.</source>
        <translation>اپیل اسی مقدمے کی کسی دوسری عدالتی کارروائی کے خلاف ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>Give the hearing&apos;s date.</source>
        <translation>سماعت کی تاریخ درج کریں۔</translation>
    </message>
    <message>
        <source>The next hearing cannot be before this one.</source>
        <translation>اگلی سماعت اس سماعت سے پہلے نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>The court proceeding no longer exists.</source>
        <translation>یہ عدالتی کارروائی اب موجود نہیں۔</translation>
    </message>
    <message>
        <source>The hearing no longer exists.</source>
        <translation>یہ سماعت اب موجود نہیں۔</translation>
    </message>
    <message>
        <source>No such court proceeding, or not in your scope.</source>
        <translation>ایسی کوئی عدالتی کارروائی موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
    <message>
        <source>No such hearing, or not in your scope.</source>
        <translation>ایسی کوئی سماعت موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
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
    <name>caselink::CsvReader</name>
    <message>
        <source>The file was not opened.</source>
        <translation>فائل نہیں کھولی گئی۔</translation>
    </message>
    <message>
        <source>Line %1, column %2: a quoted field is never closed.</source>
        <translation>سطر %1، کالم %2: اقتباس والا خانہ کبھی بند نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>Line %1, column %2: a field is longer than %3 characters (is a quote never closed?).</source>
        <translation>سطر %1، کالم %2: خانہ %3 حروف سے لمبا ہے (کیا کوئی اقتباسی نشان بند نہیں ہوا؟)۔</translation>
    </message>
    <message>
        <source>Line %1: more than %2 columns.</source>
        <translation>سطر %1: %2 سے زیادہ کالم۔</translation>
    </message>
    <message>
        <source>Line %1, column %2: a field is longer than %3 characters.</source>
        <translation>سطر %1، کالم %2: خانہ %3 حروف سے لمبا ہے۔</translation>
    </message>
</context>
<context>
    <name>caselink::CsvWriter</name>
    <message>
        <source>could not write the CSV file: %1</source>
        <translation>CSV فائل لکھی نہیں جا سکی: %1</translation>
    </message>
</context>
<context>
    <name>caselink::CustodyEventDialog</name>
    <message>
        <source>Chain of custody</source>
        <translation>تحویل کا تسلسل</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>واقعہ:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>کب:</translation>
    </message>
    <message>
        <source>By (who acted):</source>
        <translation>کس نے (کارروائی کرنے والا):</translation>
    </message>
    <message>
        <source>To (who received):</source>
        <translation>کس کو (وصول کرنے والا):</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>کہاں:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>نوٹس:</translation>
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
    <name>caselink::DatabaseUndoStack</name>
    <message>
        <source>The database is closed.</source>
        <translation>ڈیٹا بیس بند ہے۔</translation>
    </message>
    <message>
        <source>There is nothing to redo.</source>
        <translation>دوبارہ کرنے کے لیے کچھ نہیں۔</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>کالعدم کرنے کے لیے کچھ نہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::DeadlineQuery</name>
    <message>
        <source>Production before magistrate</source>
        <translation>مجسٹریٹ کے روبرو پیشی</translation>
    </message>
    <message>
        <source>Remand expires</source>
        <translation>ریمانڈ کی میعاد ختم</translation>
    </message>
    <message>
        <source>Interim challan due</source>
        <translation>عبوری چالان واجب</translation>
    </message>
    <message>
        <source>Proclamation period ends</source>
        <translation>اشتہار کی مدت ختم</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>سماعت</translation>
    </message>
    <message>
        <source>The deadlines need a valid date for today.</source>
        <translation>قانونی میعادوں کے حساب کے لیے آج کی درست تاریخ درکار ہے۔</translation>
    </message>
</context>
<context>
    <name>caselink::DeadlinesView</name>
    <message>
        <source>Deadlines</source>
        <translation>آخری تاریخیں</translation>
    </message>
    <message>
        <source> days</source>
        <translation> دن</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>دفتر:</translation>
    </message>
    <message>
        <source>Investigating officer:</source>
        <translation>تفتیشی افسر:</translation>
    </message>
    <message>
        <source>Due within:</source>
        <translation>مدت کے اندر واجب:</translation>
    </message>
    <message>
        <source>The deadlines could not be read: %1</source>
        <translation>آخری تاریخیں پڑھی نہیں جا سکیں: %1</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>تمام دفاتر</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>تمام افسران</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>واجب تاریخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>آخری تاریخ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>مقدمہ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <source>Investigating officer</source>
        <translation>تفتیشی افسر</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n دن تاخیر</numerusform>
            <numerusform>%n دن تاخیر</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>آج واجب</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>%n دن میں</numerusform>
            <numerusform>%n دن میں</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 most urgent of %2 deadlines</source>
        <translation>%2 میں سے %1 فوری ترین آخری تاریخیں</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n آخری تاریخیں</numerusform>
            <numerusform>%n آخری تاریخیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n تاخیر شدہ</numerusform>
            <numerusform>%n تاخیر شدہ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caselink::Document</name>
    <message>
        <source>Passport</source>
        <translation>پاسپورٹ</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>ویزا</translation>
    </message>
    <message>
        <source>CNIC</source>
        <translation>شناختی کارڈ (سی این آئی سی)</translation>
    </message>
    <message>
        <source>NICOP</source>
        <translation>نائیکوپ (NICOP)</translation>
    </message>
    <message>
        <source>Job offer</source>
        <translation>ملازمت کی پیشکش</translation>
    </message>
    <message>
        <source>Entry/exit stamp</source>
        <translation>داخلے/روانگی کی مہر</translation>
    </message>
    <message>
        <source>Protector of Emigrants registration</source>
        <translation>پروٹیکٹر آف امیگرنٹس رجسٹریشن</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>ٹکٹ</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>دیگر دستاویز</translation>
    </message>
    <message>
        <source>Not examined</source>
        <translation>جانچ نہیں ہوئی</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>اصلی</translation>
    </message>
    <message>
        <source>Forged</source>
        <translation>جعلی</translation>
    </message>
    <message>
        <source>Tampered</source>
        <translation>ردوبدل شدہ</translation>
    </message>
    <message>
        <source>Fraudulently obtained</source>
        <translation>دھوکہ دہی سے حاصل کردہ</translation>
    </message>
    <message>
        <source>Used by an impostor</source>
        <translation>بہروپیے کے زیرِ استعمال</translation>
    </message>
    <message>
        <source>Genuine but misused</source>
        <translation>اصلی مگر غلط استعمال شدہ</translation>
    </message>
</context>
<context>
    <name>caselink::DocumentDialog</name>
    <message>
        <source>Add document</source>
        <translation>دستاویز شامل کریں</translation>
    </message>
    <message>
        <source>(no holder)</source>
        <translation>(کوئی حامل نہیں)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>جاری کنندہ ملک</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>حامل</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>اصلیت</translation>
    </message>
    <message>
        <source>Malkhana reference</source>
        <translation>مال خانہ حوالہ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
</context>
<context>
    <name>caselink::DocumentRepository</name>
    <message>
        <source>document number</source>
        <translation>دستاویز نمبر</translation>
    </message>
    <message>
        <source>A document belongs to a case, a person, or both.</source>
        <translation>دستاویز کسی مقدمے، کسی فرد یا دونوں سے متعلق ہوتی ہے۔</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>جاری کنندہ ملک</translation>
    </message>
    <message>
        <source>holder</source>
        <translation>حامل</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>یہ دستاویز اب موجود نہیں۔</translation>
    </message>
    <message>
        <source>No such document, or not in your scope.</source>
        <translation>ایسی کوئی دستاویز موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::DocumentsPanel</name>
    <message>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>نمبر</translation>
    </message>
    <message>
        <source>Issuing state</source>
        <translation>جاری کنندہ ملک</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>حامل</translation>
    </message>
    <message>
        <source>Authenticity</source>
        <translation>اصلیت</translation>
    </message>
    <message>
        <source>Malkhana</source>
        <translation>مال خانہ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Add document…</source>
        <translation>دستاویز شامل کریں…</translation>
    </message>
</context>
<context>
    <name>caselink::DuplicateFinder</name>
    <message>
        <source>No such person, or not in your scope.</source>
        <translation>ایسا کوئی فرد موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
    <message>
        <source>same CNIC</source>
        <translation>شناختی کارڈ نمبر یکساں</translation>
    </message>
    <message>
        <source>different CNICs</source>
        <translation>شناختی کارڈ نمبر مختلف</translation>
    </message>
    <message>
        <source>same passport number</source>
        <translation>پاسپورٹ نمبر یکساں</translation>
    </message>
    <message>
        <source>share a phone number</source>
        <translation>فون نمبر مشترک</translation>
    </message>
    <message>
        <source>same village or mohalla</source>
        <translation>گاؤں یا محلہ یکساں</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>تاریخِ پیدائش یکساں</translation>
    </message>
</context>
<context>
    <name>caselink::DuplicateReview</name>
    <message>
        <source>&amp;Find duplicates</source>
        <translation>&amp;دہرے ریکارڈ تلاش کریں</translation>
    </message>
    <message>
        <source>Keep the &amp;first, merge the second into it</source>
        <translation>&amp;پہلا رکھیں، دوسرا اس میں ضم کریں</translation>
    </message>
    <message>
        <source>Keep the &amp;second, merge the first into it</source>
        <translation>&amp;دوسرا رکھیں، پہلا اس میں ضم کریں</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>پہلا ریکارڈ</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>دوسرا ریکارڈ</translation>
    </message>
    <message>
        <source>Minimum score:</source>
        <translation>کم از کم اسکور:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>اسکور</translation>
    </message>
    <message>
        <source>First</source>
        <translation>پہلا</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>دوسرا</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>وجوہات</translation>
    </message>
    <message>
        <source>Press “Find duplicates” to look for records that may be the same person.</source>
        <translation>ایسے ریکارڈ تلاش کرنے کے لیے جو ایک ہی شخص کے ہو سکتے ہیں، ”دہرے ریکارڈ تلاش کریں“ دبائیں۔</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>تلاش جاری ہے…</translation>
    </message>
    <message>
        <source>The search for duplicates failed: %1</source>
        <translation>دہرے ریکارڈ کی تلاش ناکام رہی: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate pair(s)</source>
        <translation>
            <numerusform>%n ممکنہ جوڑے</numerusform>
            <numerusform>%n ممکنہ جوڑے</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Name (Urdu)</source>
        <translation>نام (اردو)</translation>
    </message>
    <message>
        <source>Relative</source>
        <translation>رشتہ دار</translation>
    </message>
    <message>
        <source>CNIC</source>
        <translation>CNIC</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Passports</source>
        <translation>پاسپورٹ</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>عرفیت</translation>
    </message>
    <message>
        <source>The records were not merged: %1</source>
        <translation>ریکارڈ ضم نہیں ہوئے: %1</translation>
    </message>
    <message>
        <source>Merged. Edit &gt; Undo reverses the merge.</source>
        <translation>ضم ہو گئے۔ ترمیم &gt; کالعدم کریں سے انضمام واپس ہو جاتا ہے۔</translation>
    </message>
</context>
<context>
    <name>caselink::EventListModel</name>
    <message>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>واقعہ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>قانونی حوالہ</translation>
    </message>
</context>
<context>
    <name>caselink::EventRepository</name>
    <message>
        <source>An event belongs to a case, a person, or both.</source>
        <translation>واقعہ کسی مقدمے، کسی فرد یا دونوں سے متعلق ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Give the date and time of the event.</source>
        <translation>واقعے کی تاریخ اور وقت درج کریں۔</translation>
    </message>
    <message>
        <source>The event lies in the future.</source>
        <translation>واقعہ مستقبل کا ہے۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an event type in the reference list.</source>
        <translation>&quot;%1&quot; حوالہ جاتی فہرست میں واقعے کی کوئی قسم نہیں۔</translation>
    </message>
    <message>
        <source>person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>یہ واقعہ اب موجود نہیں۔</translation>
    </message>
    <message>
        <source>No such event, or not in your scope.</source>
        <translation>ایسا کوئی واقعہ موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::EvidenceListModel</name>
    <message>
        <source>Physical exhibit</source>
        <translation>مادی شے</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>مقدمہ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوعیت</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>سائز</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Malkhana ref.</source>
        <translation>مال خانہ حوالہ</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>حصول</translation>
    </message>
</context>
<context>
    <name>caselink::EvidencePanel</name>
    <message>
        <source>No evidence has been registered for this case.</source>
        <translation>اس مقدمے کے لیے کوئی شہادت درج نہیں کی گئی۔</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوعیت</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>سائز</translation>
    </message>
    <message>
        <source>Malkhana</source>
        <translation>مال خانہ</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>حاصل کنندہ</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>حصول</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Open the evidence store</source>
        <translation>شہادت کا ذخیرہ کھولیں</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>مالِ مقدمہ</translation>
    </message>
</context>
<context>
    <name>caselink::EvidenceStore</name>
    <message>
        <source>Exhibit</source>
        <translation>مالِ مقدمہ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>حاصل کیا گیا</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>حوالے کیا گیا</translation>
    </message>
    <message>
        <source>Examined</source>
        <translation>معائنہ کیا گیا</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>واپس کیا گیا</translation>
    </message>
    <message>
        <source>The case does not exist or is outside your scope.</source>
        <translation>مقدمہ موجود نہیں یا آپ کے دائرۂ اختیار سے باہر ہے۔</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>فائل پڑھی نہیں جا سکی: %1</translation>
    </message>
    <message>
        <source>The intake was cancelled; nothing was stored.</source>
        <translation>اندراج منسوخ کر دیا گیا؛ کچھ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; could not be opened.</source>
        <translation>فائل &quot;%1&quot; کھولی نہیں جا سکی۔</translation>
    </message>
    <message>
        <source>An evidence file needs a name or a title.</source>
        <translation>شہادتی فائل کے لیے نام یا عنوان ضروری ہے۔</translation>
    </message>
    <message>
        <source>An exhibit needs a description of what was seized.</source>
        <translation>مالِ مقدمہ کے لیے برآمد شدہ چیز کی تفصیل ضروری ہے۔</translation>
    </message>
    <message>
        <source>An exhibit needs its malkhana (seizure register) reference.</source>
        <translation>مالِ مقدمہ کے لیے اس کا مال خانہ (رجسٹر برآمدگی) حوالہ ضروری ہے۔</translation>
    </message>
    <message>
        <source>The content of the evidence file &quot;%1&quot; is missing.</source>
        <translation>شہادتی فائل &quot;%1&quot; کا مواد موجود نہیں۔</translation>
    </message>
    <message>
        <source>The evidence file &quot;%1&quot; does not match its SHA-256.</source>
        <translation>شہادتی فائل &quot;%1&quot; اپنے SHA-256 سے مطابقت نہیں رکھتی۔</translation>
    </message>
    <message>
        <source>The evidence item does not exist or is outside your scope.</source>
        <translation>شہادتی شے موجود نہیں یا آپ کے دائرۂ اختیار سے باہر ہے۔</translation>
    </message>
    <message>
        <source>A custody event needs the person who acted.</source>
        <translation>تحویل کے واقعے کے لیے کارروائی کرنے والا شخص ضروری ہے۔</translation>
    </message>
    <message>
        <source>A custody event needs the place where it happened.</source>
        <translation>تحویل کے واقعے کے لیے اس کی جگہ ضروری ہے۔</translation>
    </message>
    <message>
        <source>A hand-over needs the person who received the evidence.</source>
        <translation>حوالگی کے لیے شہادت وصول کرنے والا شخص ضروری ہے۔</translation>
    </message>
    <message>
        <source>A custody event needs its date and time.</source>
        <translation>تحویل کے واقعے کے لیے تاریخ اور وقت ضروری ہے۔</translation>
    </message>
    <message>
        <source>A custody event cannot be in the future.</source>
        <translation>تحویل کا واقعہ مستقبل میں نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>A custody event cannot be before the evidence was collected.</source>
        <translation>تحویل کا واقعہ شہادت حاصل کیے جانے سے پہلے کا نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>A physical exhibit has no stored file.</source>
        <translation>مادی شے کی کوئی محفوظ فائل نہیں ہوتی۔</translation>
    </message>
    <message>
        <source>A part of the evidence file &quot;%1&quot; is missing.</source>
        <translation>شہادتی فائل &quot;%1&quot; کا ایک حصہ موجود نہیں۔</translation>
    </message>
    <message>
        <source>The evidence could not be written: %1</source>
        <translation>شہادت لکھی نہیں جا سکی: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>منسوخ کر دیا گیا۔</translation>
    </message>
    <message>
        <source>The evidence file &quot;%1&quot; no longer matches the SHA-256 taken at intake.</source>
        <translation>شہادتی فائل &quot;%1&quot; اب اندراج کے وقت لیے گئے SHA-256 سے مطابقت نہیں رکھتی۔</translation>
    </message>
</context>
<context>
    <name>caselink::EvidenceTempFiles</name>
    <message>
        <source>A private folder for the decrypted copy could not be created.</source>
        <translation>ڈی کرپٹ شدہ نقل کے لیے نجی فولڈر نہیں بنایا جا سکا۔</translation>
    </message>
    <message>
        <source>The decrypted copy could not be written.</source>
        <translation>ڈی کرپٹ شدہ نقل لکھی نہیں جا سکی۔</translation>
    </message>
</context>
<context>
    <name>caselink::ExhibitDialog</name>
    <message>
        <source>Add seized exhibit</source>
        <translation>برآمد شدہ مالِ مقدمہ شامل کریں</translation>
    </message>
    <message>
        <source>What was seized, e.g. forged visa stamps, 14 pieces</source>
        <translation>کیا برآمد ہوا، مثلاً جعلی ویزا مہریں، 14 عدد</translation>
    </message>
    <message>
        <source>e.g. M-114/2024</source>
        <translation>مثلاً M-114/2024</translation>
    </message>
    <message>
        <source>Exhibit:</source>
        <translation>مالِ مقدمہ:</translation>
    </message>
    <message>
        <source>Malkhana register no.:</source>
        <translation>مال خانہ رجسٹر نمبر:</translation>
    </message>
    <message>
        <source>Seized by:</source>
        <translation>برآمد کنندہ:</translation>
    </message>
    <message>
        <source>Seized at:</source>
        <translation>وقتِ برآمدگی:</translation>
    </message>
    <message>
        <source>Place of seizure:</source>
        <translation>جائے برآمدگی:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>تفصیل:</translation>
    </message>
</context>
<context>
    <name>caselink::ExportCaseDialog</name>
    <message>
        <source>Urdu layout (right to left)</source>
        <translation>اردو ترتیب (دائیں سے بائیں)</translation>
    </message>
    <message>
        <source>Export case file</source>
        <translation>مقدمے کی فائل برآمد کریں</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>خفیہ</translation>
    </message>
    <message>
        <source>Optional; at least 10 characters</source>
        <translation>اختیاری؛ کم از کم 10 حروف</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>براؤز کریں…</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>مقدمہ:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>پروفائل:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>بطور محفوظ کریں:</translation>
    </message>
    <message>
        <source>Marking:</source>
        <translation>حفاظتی درجہ:</translation>
    </message>
    <message>
        <source>Transport password:</source>
        <translation>ترسیلی پاس ورڈ:</translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation>پاس ورڈ دوبارہ:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>برآمد کریں</translation>
    </message>
    <message>
        <source>Everything you may see, with the evidence files. For the prosecution only.</source>
        <translation>وہ سب کچھ جو آپ دیکھ سکتے ہیں، شہادتی فائلوں سمیت۔ صرف استغاثہ کے لیے۔</translation>
    </message>
    <message>
        <source>Victims, witnesses, complainants and family members appear as numbered pseudonyms without identifiers, contacts or addresses; their names are removed from all text. Accused are kept. No evidence files.</source>
        <translation>متاثرین، گواہان، مدعیان اور اہلِ خانہ شناختی معلومات، رابطوں یا پتوں کے بغیر نمبر شدہ فرضی ناموں کے طور پر ظاہر ہوتے ہیں؛ ان کے نام تمام متن سے حذف کر دیے جاتے ہیں۔ ملزمان برقرار رہتے ہیں۔ کوئی شہادتی فائل نہیں۔</translation>
    </message>
    <message>
        <source>Counts only: no names, no text, no evidence.</source>
        <translation>صرف تعداد: کوئی نام، متن یا شہادت نہیں۔</translation>
    </message>
    <message>
        <source>Save case bundle</source>
        <translation>مقدمے کا بنڈل محفوظ کریں</translation>
    </message>
    <message>
        <source>Case bundles (*.zip *.enc)</source>
        <translation>مقدمہ بنڈل (*.zip *.enc)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں۔</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>بنڈل محفوظ کرنے کی جگہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>برآمد جاری ہے…</translation>
    </message>
    <message>
        <source>Saved %1 (%2 files). The recipient can check it with caselink-cli verify-bundle or the openssl commands in its README.txt.</source>
        <translation>%1 محفوظ کر دیا گیا (%2 فائلیں)۔ وصول کنندہ اسے caselink-cli verify-bundle یا اس کی README.txt میں دی گئی openssl کمانڈز سے جانچ سکتا ہے۔</translation>
    </message>
    <message>
        <source>Give the transport password through another channel.</source>
        <translation>ترسیلی پاس ورڈ کسی دوسرے ذریعے سے دیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::ApplicationWiring</name>
    <message>
        <source>New &amp;case…</source>
        <translation>نیا &amp;مقدمہ…</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>نیا &amp;فرد…</translation>
    </message>
    <message>
        <source>New &amp;organisation…</source>
        <translation>نئی &amp;تنظیم…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>شہادت</translation>
    </message>
    <message>
        <source>Filter by title, malkhana reference or case number</source>
        <translation>عنوان، مال خانہ حوالہ یا مقدمہ نمبر سے چھانٹیں</translation>
    </message>
    <message>
        <source>Case chart</source>
        <translation>مقدمے کا چارٹ</translation>
    </message>
    <message>
        <source>Person chart</source>
        <translation>شخص کا چارٹ</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>چارٹ</translation>
    </message>
    <message>
        <source>Case timeline</source>
        <translation>مقدمے کی ٹائم لائن</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ٹائم لائن</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet…</source>
        <translation>اسپریڈشیٹ &amp;درآمد کریں…</translation>
    </message>
    <message>
        <source>&amp;Watch-list matching</source>
        <translation>&amp;واچ لسٹ سے موازنہ</translation>
    </message>
    <message>
        <source>Watch-list matching</source>
        <translation>واچ لسٹ سے موازنہ</translation>
    </message>
    <message>
        <source>Import case &amp;bundle…</source>
        <translation>کیس &amp;بنڈل امپورٹ کریں…</translation>
    </message>
</context>
<context>
    <name>caselink::GlobalSearchField</name>
    <message>
        <source>Persons</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>مقدمات</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>تنظیمیں</translation>
    </message>
    <message>
        <source>CNIC</source>
        <translation>CNIC</translation>
    </message>
    <message>
        <source>passport</source>
        <translation>پاسپورٹ</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Search persons, CNIC, passport, phone, FIR, organisations (Ctrl+K)</source>
        <translation>افراد، شناختی کارڈ، پاسپورٹ، فون، ایف آئی آر، تنظیمیں تلاش کریں (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>تلاش ناکام: %1</translation>
    </message>
    <message>
        <source>No matches in your scope</source>
        <translation>آپ کے دائرۂ اختیار میں کوئی نتیجہ نہیں</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>از %1</translation>
    </message>
</context>
<context>
    <name>caselink::GraphExport</name>
    <message>
        <source>The chart could not be written.</source>
        <translation>چارٹ لکھا نہیں جا سکا۔</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 میں لکھا نہیں جا سکتا: %2</translation>
    </message>
    <message>
        <source>The GraphML file is not valid XML: %1</source>
        <translation>GraphML فائل درست XML نہیں: %1</translation>
    </message>
    <message>
        <source>The GraphML file has an edge to a node it does not define.</source>
        <translation>GraphML فائل میں ایسے نوڈ کا کنارہ ہے جس کی وہ تعریف نہیں کرتی۔</translation>
    </message>
</context>
<context>
    <name>caselink::GraphExtractor</name>
    <message>
        <source>Witness</source>
        <translation>گواہ</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>مدعی</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>خاندان کا فرد</translation>
    </message>
    <message>
        <source>Deceased victim</source>
        <translation>جاں بحق متاثرہ فرد</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>متاثرہ فرد</translation>
    </message>
    <message>
        <source>s/o</source>
        <translation>ولد</translation>
    </message>
    <message>
        <source>d/o</source>
        <translation>دختر</translation>
    </message>
    <message>
        <source>w/o</source>
        <translation>زوجہ</translation>
    </message>
    <message>
        <source>Enquiry %1</source>
        <translation>انکوائری %1</translation>
    </message>
    <message>
        <source>FIR %1/%2</source>
        <translation>ایف آئی آر %1/%2</translation>
    </message>
    <message>
        <source>No such record, or not in your scope.</source>
        <translation>ایسا کوئی ریکارڈ نہیں، یا آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
    <message>
        <source>No such node in the chart.</source>
        <translation>چارٹ میں ایسا کوئی نوڈ نہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::HeldReview</name>
    <message>
        <source>No such held person, or not in your scope.</source>
        <translation>جائزے کے لیے روکا گیا ایسا کوئی فرد موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
    <message>
        <source>This pair was decided already.</source>
        <translation>اس جوڑے کا فیصلہ پہلے ہی ہو چکا ہے۔</translation>
    </message>
    <message>
        <source>A person in this pair is protected: only an account with the victim grant can see who they are and decide.</source>
        <translation>اس جوڑے میں ایک فرد تحفظ یافتہ ہے: صرف متاثرہ افراد کے ریکارڈ تک رسائی کی اجازت رکھنے والا اکاؤنٹ ہی دیکھ سکتا ہے کہ وہ کون ہے، اور فیصلہ کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>One of the two records is not in your scope.</source>
        <translation>دونوں میں سے ایک ریکارڈ آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
    <message>
        <source>One of the two records has been merged since it was held; open it to see where it went.</source>
        <translation>روکے جانے کے بعد دونوں میں سے ایک ریکارڈ ضم ہو چکا ہے؛ یہ دیکھنے کے لیے کہ وہ کہاں گیا، اسے کھولیں۔</translation>
    </message>
    <message>
        <source>This pair is open already.</source>
        <translation>یہ جوڑا پہلے ہی زیرِ جائزہ ہے۔</translation>
    </message>
    <message>
        <source>The imported record was merged into the existing one; its roles, arrests and list entries are now on that record.</source>
        <translation>امپورٹ شدہ ریکارڈ موجودہ ریکارڈ میں ضم کر دیا گیا؛ اس کے کردار، گرفتاریاں اور فہرستوں کے اندراجات اب اسی ریکارڈ پر ہیں۔</translation>
    </message>
    <message>
        <source>Both records are kept as different persons.</source>
        <translation>دونوں ریکارڈ الگ الگ افراد کے طور پر برقرار رکھے گئے ہیں۔</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The incoming record was here already; its records were added to it.</source>
        <translation>آنے والا ریکارڈ پہلے سے یہاں موجود تھا؛ اس کے اندراجات اسی میں شامل کر دیے گئے۔</translation>
    </message>
    <message>
        <source>The incoming record was added with the sending office&apos;s id.</source>
        <translation>آنے والا ریکارڈ بھیجنے والے دفتر کی آئی ڈی کے ساتھ شامل کر دیا گیا۔</translation>
    </message>
    <message>
        <source>Role %1</source>
        <translation>کردار %1</translation>
    </message>
    <message>
        <source>%1: recorded here already, kept as it is.</source>
        <translation>%1: پہلے سے یہاں درج ہے، جوں کا توں برقرار رکھا گیا۔</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) in the case</source>
        <translation>
            <numerusform>مقدمے میں %n کردار</numerusform>
            <numerusform>مقدمے میں %n کردار</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrest of %1</source>
        <translation>%1 کی گرفتاری</translation>
    </message>
    <message>
        <source>Remand from %1</source>
        <translation>%1 سے ریمانڈ</translation>
    </message>
    <message numerus="yes">
        <source>%n arrest(s)</source>
        <translation>
            <numerusform>%n گرفتاری</numerusform>
            <numerusform>%n گرفتاریاں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remand order(s)</source>
        <translation>
            <numerusform>%n ریمانڈ آرڈر</numerusform>
            <numerusform>%n ریمانڈ آرڈرز</numerusform>
        </translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>واقعہ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n chronology event(s)</source>
        <translation>
            <numerusform>%n تاریخ وار واقعہ</numerusform>
            <numerusform>%n تاریخ وار واقعات</numerusform>
        </translation>
    </message>
    <message>
        <source>The held record is damaged: it does not name the person it holds.</source>
        <translation>روکا گیا ریکارڈ خراب ہے: اس میں اس فرد کی شناخت درج نہیں جسے یہ روکے ہوئے ہے۔</translation>
    </message>
    <message>
        <source>The incoming record was merged into the existing one, whose details are kept.</source>
        <translation>آنے والا ریکارڈ موجودہ ریکارڈ میں ضم کر دیا گیا، جس کی تفصیلات برقرار رکھی گئی ہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::HeldReviewListModel</name>
    <message>
        <source>Withheld: a protected person</source>
        <translation>پوشیدہ: تحفظ یافتہ فرد</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>اسکور</translation>
    </message>
    <message>
        <source>Held record</source>
        <translation>روکا گیا ریکارڈ</translation>
    </message>
    <message>
        <source>May be</source>
        <translation>ممکنہ طور پر</translation>
    </message>
    <message>
        <source>A record outside your scope</source>
        <translation>آپ کے دائرۂ اختیار سے باہر ایک ریکارڈ</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>وجوہات</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <source>Bundle from %1</source>
        <translation>%1 سے بنڈل</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1، قطار %2</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>روکے جانے کی تاریخ</translation>
    </message>
</context>
<context>
    <name>caselink::HeldReviewView</name>
    <message>
        <source>%1 in %2</source>
        <translation>%2 میں %1</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>موجودہ ریکارڈ کھولیں</translation>
    </message>
    <message>
        <source>Same person — &amp;merge</source>
        <translation>ایک ہی فرد — &amp;ضم کریں</translation>
    </message>
    <message>
        <source>&amp;Different persons</source>
        <translation>&amp;الگ الگ افراد</translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation>زیرِ جائزہ افراد</translation>
    </message>
    <message>
        <source>Persons an import could not tell apart from someone already recorded wait here, never merged or overwritten on their own. Compare each pair and decide; Edit &gt; Undo reverses a decision.</source>
        <translation>وہ افراد جنہیں امپورٹ پہلے سے درج کسی فرد سے الگ نہ کر سکا، یہاں منتظر ہیں؛ نہ انہیں خود بخود ضم کیا جاتا ہے نہ ان کی جگہ کچھ لکھا جاتا ہے۔ ہر جوڑے کا موازنہ کر کے فیصلہ کریں؛ ترمیم &gt; کالعدم کریں سے فیصلہ واپس ہو جاتا ہے۔</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>تمام ماخذ</translation>
    </message>
    <message>
        <source>Spreadsheet imports</source>
        <translation>اسپریڈشیٹ امپورٹ</translation>
    </message>
    <message>
        <source>Bundles from other offices</source>
        <translation>دوسرے دفاتر کے بنڈل</translation>
    </message>
    <message>
        <source>Held record</source>
        <translation>روکا گیا ریکارڈ</translation>
    </message>
    <message>
        <source>Existing record</source>
        <translation>موجودہ ریکارڈ</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ماخذ:</translation>
    </message>
    <message numerus="yes">
        <source>%n held for review</source>
        <translation>
            <numerusform>%n زیرِ جائزہ</numerusform>
            <numerusform>%n زیرِ جائزہ</numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming record (from %1)</source>
        <translation>آنے والا ریکارڈ (%1 سے)</translation>
    </message>
    <message>
        <source>Record the import created</source>
        <translation>امپورٹ کا بنایا ہوا ریکارڈ</translation>
    </message>
    <message>
        <source>Nobody is held for review.</source>
        <translation>کوئی فرد جائزے کے لیے روکا نہیں گیا۔</translation>
    </message>
    <message>
        <source>Bundle from %1 for case %2, imported %3</source>
        <translation>مقدمہ %2 کے لیے %1 سے بنڈل، امپورٹ %3</translation>
    </message>
    <message>
        <source>%1, row %2, imported %3</source>
        <translation>%1، قطار %2، امپورٹ %3</translation>
    </message>
    <message>
        <source>withheld: a protected person</source>
        <translation>پوشیدہ: تحفظ یافتہ فرد</translation>
    </message>
    <message>
        <source>%1. Score %2: %3</source>
        <translation>%1۔ اسکور %2: %3</translation>
    </message>
    <message>
        <source>Open the imported case</source>
        <translation>امپورٹ شدہ مقدمہ کھولیں</translation>
    </message>
    <message>
        <source>Open the held record</source>
        <translation>روکا گیا ریکارڈ کھولیں</translation>
    </message>
    <message>
        <source>Adds the incoming record and merges it into the existing one: its roles, arrests and events in the case move there; the existing details are kept.</source>
        <translation>آنے والا ریکارڈ شامل کر کے اسے موجودہ ریکارڈ میں ضم کرتا ہے: مقدمے میں اس کے کردار، گرفتاریاں اور واقعات وہاں منتقل ہو جاتے ہیں؛ موجودہ تفصیلات برقرار رہتی ہیں۔</translation>
    </message>
    <message>
        <source>Merges the record the import created into the existing one, with its history.</source>
        <translation>امپورٹ کے بنائے ہوئے ریکارڈ کو اس کی تاریخ سمیت موجودہ ریکارڈ میں ضم کرتا ہے۔</translation>
    </message>
    <message>
        <source>Adds the incoming record as a person of its own, with its roles, arrests and events in the case.</source>
        <translation>آنے والے ریکارڈ کو مقدمے میں اس کے کرداروں، گرفتاریوں اور واقعات سمیت ایک الگ فرد کے طور پر شامل کرتا ہے۔</translation>
    </message>
    <message>
        <source>Keeps both records; the pair leaves the list.</source>
        <translation>دونوں ریکارڈ برقرار رہتے ہیں؛ جوڑا فہرست سے نکل جاتا ہے۔</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Not in your scope</source>
        <translation>آپ کے دائرۂ اختیار میں نہیں</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>شناخت</translation>
    </message>
    <message>
        <source>Protected: needs the victim grant</source>
        <translation>تحفظ یافتہ: متاثرہ افراد کے ریکارڈ تک رسائی کی اجازت درکار ہے</translation>
    </message>
    <message>
        <source>Name (Urdu)</source>
        <translation>نام (اردو)</translation>
    </message>
    <message>
        <source>Father/husband</source>
        <translation>والد/شوہر</translation>
    </message>
    <message>
        <source>CNIC</source>
        <translation>شناختی کارڈ</translation>
    </message>
    <message>
        <source>Passports</source>
        <translation>پاسپورٹ</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Waiting with them</source>
        <translation>ساتھ زیرِ التوا</translation>
    </message>
    <message numerus="yes">
        <source>%n arrest(s)</source>
        <translation>
            <numerusform>%n گرفتاری</numerusform>
            <numerusform>%n گرفتاریاں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n واقعہ</numerusform>
            <numerusform>%n واقعات</numerusform>
        </translation>
    </message>
    <message>
        <source>Same person: merge held record</source>
        <translation>ایک ہی فرد: روکا گیا ریکارڈ ضم کریں</translation>
    </message>
    <message>
        <source>Different persons</source>
        <translation>الگ الگ افراد</translation>
    </message>
    <message>
        <source>Not decided: %1</source>
        <translation>فیصلہ نہیں ہوا: %1</translation>
    </message>
    <message>
        <source>Decided. Edit &gt; Undo reverses it.</source>
        <translation>فیصلہ ہو گیا۔ ترمیم &gt; کالعدم کریں سے یہ واپس ہو جاتا ہے۔</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>درج نہیں ہوا: %1</translation>
    </message>
</context>
<context>
    <name>caselink::HistoryPanel</name>
    <message>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>کون</translation>
    </message>
    <message>
        <source>What</source>
        <translation>کیا</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
</context>
<context>
    <name>caselink::ImportBundleDialog</name>
    <message>
        <source>Check bundle</source>
        <translation>بنڈل جانچیں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>بنڈل</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>امپورٹ رپورٹ</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>امپورٹ</translation>
    </message>
    <message>
        <source>Import anyway…</source>
        <translation>پھر بھی امپورٹ کریں…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>مقدمہ کھولیں</translation>
    </message>
    <message>
        <source>Import case bundle</source>
        <translation>کیس بنڈل امپورٹ کریں</translation>
    </message>
    <message>
        <source>A case bundle from another office is checked before anything in it is read: its signature, every file&apos;s SHA-256, and whether the signing office&apos;s key is trusted in this database.</source>
        <translation>کسی دوسرے دفتر کا کیس بنڈل اس میں سے کچھ بھی پڑھنے سے پہلے جانچا جاتا ہے: اس کا دستخط، ہر فائل کا SHA-256، اور یہ کہ دستخط کرنے والے دفتر کی کلید اس ڈیٹا بیس میں معتبر ہے یا نہیں۔</translation>
    </message>
    <message>
        <source>A .zip bundle, or .zip.enc when encrypted for transport</source>
        <translation>‎.zip‎ بنڈل، یا ترسیل کے لیے خفیہ ہو تو ‎.zip.enc‎</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>براؤز کریں…</translation>
    </message>
    <message>
        <source>Bundle:</source>
        <translation>بنڈل:</translation>
    </message>
    <message>
        <source>Transport password:</source>
        <translation>ترسیلی پاس ورڈ:</translation>
    </message>
    <message>
        <source>Integrity:</source>
        <translation>سالمیت:</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>مقدمہ:</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>پروفائل:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>تیار کردہ:</translation>
    </message>
    <message>
        <source>Sending office:</source>
        <translation>بھیجنے والا دفتر:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>کلید کا فنگر پرنٹ:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>کلید:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Choose a case bundle</source>
        <translation>کیس بنڈل منتخب کریں</translation>
    </message>
    <message>
        <source>Case bundles (*.zip *.enc);;All files (*)</source>
        <translation>کیس بنڈل (*.zip *.enc);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Encrypted for transport: the password the office gave you</source>
        <translation>ترسیل کے لیے خفیہ: وہ پاس ورڈ جو دفتر نے آپ کو دیا</translation>
    </message>
    <message>
        <source>Needed only for an encrypted bundle (.zip.enc)</source>
        <translation>صرف خفیہ بنڈل (‎.zip.enc‎) کے لیے درکار</translation>
    </message>
    <message>
        <source>Choose the bundle file to import.</source>
        <translation>امپورٹ کے لیے بنڈل فائل منتخب کریں۔</translation>
    </message>
    <message>
        <source>This bundle is encrypted for transport: enter its password first.</source>
        <translation>یہ بنڈل ترسیل کے لیے خفیہ کیا گیا ہے: پہلے اس کا پاس ورڈ درج کریں۔</translation>
    </message>
    <message>
        <source>Decrypting and checking… %p%</source>
        <translation>ڈی کرپٹ اور جانچ ہو رہی ہے… %p%</translation>
    </message>
    <message>
        <source>Checking signature and hashes… %p%</source>
        <translation>دستخط اور ہیش جانچے جا رہے ہیں… %p%</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>جانچ منسوخ کر دی گئی۔</translation>
    </message>
    <message>
        <source>The bundle cannot be imported: %1</source>
        <translation>بنڈل امپورٹ نہیں کیا جا سکتا: %1</translation>
    </message>
    <message numerus="yes">
        <source>Signature valid; the SHA-256 of all %n file(s) match the signed manifest.</source>
        <translation>
            <numerusform>دستخط درست ہے؛ تمام %n فائلوں کے SHA-256 دستخط شدہ مینیفیسٹ سے مطابقت رکھتے ہیں۔</numerusform>
            <numerusform>دستخط درست ہے؛ تمام %n فائلوں کے SHA-256 دستخط شدہ مینیفیسٹ سے مطابقت رکھتے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1، از %2</translation>
    </message>
    <message>
        <source>This is a statistics bundle: it holds counts only, so there is nothing to import.</source>
        <translation>یہ شماریاتی بنڈل ہے: اس میں صرف تعداد ہے، اس لیے امپورٹ کرنے کو کچھ نہیں۔</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This database&apos;s own office key (%1).</source>
        <translation>اس ڈیٹا بیس کے اپنے دفتر کی کلید (%1)۔</translation>
    </message>
    <message>
        <source>Trusted: the key of %1, added by %2 on %3.</source>
        <translation>معتبر: %1 کی کلید، جسے %2 نے %3 کو شامل کیا۔</translation>
    </message>
    <message>
        <source>Not trusted for this office: the key is trusted for %1, but the bundle says it comes from %2.</source>
        <translation>اس دفتر کے لیے معتبر نہیں: کلید %1 کے لیے معتبر ہے، لیکن بنڈل کے مطابق یہ %2 سے آیا ہے۔</translation>
    </message>
    <message>
        <source>Revoked: the key of %1 was revoked on %2 by %3.</source>
        <translation>منسوخ: %1 کی کلید %2 کو %3 نے منسوخ کی۔</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>وجہ: %1</translation>
    </message>
    <message>
        <source>Unknown: this key is not among the trusted office keys of this database.</source>
        <translation>نامعلوم: یہ کلید اس ڈیٹا بیس کی معتبر دفتری کلیدوں میں شامل نہیں۔</translation>
    </message>
    <message>
        <source>The bundle is intact, but nothing proves that it comes from %1. Compare the fingerprint with %1 by phone or in person and add their key under Reference data &gt; Trusted office keys, then import. &quot;Import anyway&quot; imports it now, marked as of unverified origin, and records your decision in the audit log.</source>
        <translation>بنڈل درست حالت میں ہے، لیکن کوئی چیز ثابت نہیں کرتی کہ یہ %1 سے آیا ہے۔ فنگر پرنٹ %1 سے فون پر یا بالمشافہ ملائیں اور ان کی کلید حوالہ جاتی ڈیٹا &gt; معتبر دفتری کلیدیں میں شامل کریں، پھر امپورٹ کریں۔ &quot;پھر بھی امپورٹ کریں&quot; اسے ابھی غیر مصدقہ ماخذ کے نشان کے ساتھ امپورٹ کرتا ہے اور آپ کا فیصلہ آڈٹ لاگ میں درج کرتا ہے۔</translation>
    </message>
    <message>
        <source>The bundle is intact, but nothing proves that it comes from %1, so it cannot be imported. Ask an administrator to compare the fingerprint with %1 and add their key to the trusted office keys; then import it again.</source>
        <translation>بنڈل درست حالت میں ہے، لیکن کوئی چیز ثابت نہیں کرتی کہ یہ %1 سے آیا ہے، اس لیے اسے امپورٹ نہیں کیا جا سکتا۔ منتظم سے کہیں کہ فنگر پرنٹ %1 سے ملائے اور ان کی کلید معتبر دفتری کلیدوں میں شامل کرے؛ پھر دوبارہ امپورٹ کریں۔</translation>
    </message>
    <message>
        <source>Import a bundle whose origin is not verified?

Its signing key %1 is %2 here. Anyone can sign a bundle with a key of their own, so only continue if you have confirmed with %3 that this is their key. The import is recorded in the audit log as your decision.</source>
        <translation>ایسا بنڈل امپورٹ کریں جس کا ماخذ مصدقہ نہیں؟

اس کی دستخطی کلید %1 یہاں %2 ہے۔ کوئی بھی شخص اپنی کلید سے بنڈل پر دستخط کر سکتا ہے، اس لیے صرف تب آگے بڑھیں جب آپ %3 سے تصدیق کر چکے ہوں کہ یہ انہی کی کلید ہے۔ یہ امپورٹ آپ کے فیصلے کے طور پر آڈٹ لاگ میں درج ہوگی۔</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>منسوخ</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>غیر معتبر</translation>
    </message>
    <message>
        <source>Unverified origin</source>
        <translation>غیر مصدقہ ماخذ</translation>
    </message>
    <message>
        <source>Checking again and importing… %p%</source>
        <translation>دوبارہ جانچ اور امپورٹ ہو رہی ہے… %p%</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>منسوخ کر دیا گیا؛ کچھ امپورٹ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>کچھ امپورٹ نہیں ہوا: %1</translation>
    </message>
    <message>
        <source>Case %1 imported: %2 added, %3 already here, %4 held for duplicate review, %5 skipped.</source>
        <translation>مقدمہ %1 امپورٹ ہو گیا: %2 شامل، %3 پہلے سے موجود، %4 دہرے اندراج کے جائزے کے لیے روکے گئے، %5 چھوڑے گئے۔</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>شامل کیے گئے</translation>
    </message>
    <message>
        <source>Already here or held for review</source>
        <translation>پہلے سے موجود یا جائزے کے لیے روکے گئے</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>چھوڑے گئے</translation>
    </message>
    <message>
        <source>Imported with its origin unverified, on your decision; the audit log records it.</source>
        <translation>آپ کے فیصلے پر غیر مصدقہ ماخذ کے ساتھ امپورٹ کیا گیا؛ آڈٹ لاگ میں درج ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) who may already be recorded here wait for duplicate review; nothing was merged or overwritten.</source>
        <translation>
            <numerusform>%n افراد، جو شاید یہاں پہلے سے درج ہوں، دہرے اندراج کے جائزے کے منتظر ہیں؛ کچھ ضم یا اوور رائٹ نہیں کیا گیا۔</numerusform>
            <numerusform>%n افراد، جو شاید یہاں پہلے سے درج ہوں، دہرے اندراج کے جائزے کے منتظر ہیں؛ کچھ ضم یا اوور رائٹ نہیں کیا گیا۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caselink::ImportFields</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Name (Urdu)</source>
        <translation>نام (اردو)</translation>
    </message>
    <message>
        <source>Father&apos;s or husband&apos;s name</source>
        <translation>والد یا شوہر کا نام</translation>
    </message>
    <message>
        <source>CNIC</source>
        <translation>CNIC</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>پاسپورٹ نمبر</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>FIR number</source>
        <translation>ایف آئی آر نمبر</translation>
    </message>
    <message>
        <source>Police station or circle</source>
        <translation>تھانہ یا سرکل</translation>
    </message>
    <message>
        <source>Date of arrest</source>
        <translation>تاریخ گرفتاری</translation>
    </message>
    <message>
        <source>Place of arrest</source>
        <translation>جائے گرفتاری</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>زمرہ</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>مقدمے میں کردار</translation>
    </message>
    <message>
        <source>List</source>
        <translation>فہرست</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>حوالہ</translation>
    </message>
    <message>
        <source>Placed on</source>
        <translation>شمولیت کی تاریخ</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Arrests</source>
        <translation>گرفتاریاں</translation>
    </message>
    <message>
        <source>The mapping is for %1, not %2.</source>
        <translation>یہ میپنگ %1 کے لیے ہے، %2 کے لیے نہیں۔</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>نامعلوم فیلڈ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>column %1 does not exist</source>
        <translation>کالم %1 موجود نہیں</translation>
    </message>
    <message>
        <source>no column &quot;%1&quot;</source>
        <translation>کوئی کالم &quot;%1&quot; نہیں</translation>
    </message>
    <message>
        <source>The mapping does not fit this file: %1.</source>
        <translation>یہ میپنگ اس فائل کے مطابق نہیں: %1۔</translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation>%1: نام</translation>
    </message>
    <message>
        <source>%1: father&apos;s or husband&apos;s name</source>
        <translation>%1: والد یا شوہر کا نام</translation>
    </message>
    <message>
        <source>%1: CNIC</source>
        <translation>%1: شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <source>%1: phone</source>
        <translation>%1: فون</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>ادائیگی کنندہ</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>وصول کنندہ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>کرنسی</translation>
    </message>
    <message>
        <source>Date of payment</source>
        <translation>تاریخِ ادائیگی</translation>
    </message>
    <message>
        <source>Exchange rate (rupees per unit)</source>
        <translation>شرحِ تبادلہ (فی اکائی روپے)</translation>
    </message>
    <message>
        <source>PKR equivalent</source>
        <translation>روپے میں مساوی رقم</translation>
    </message>
    <message>
        <source>Channel (cash, bank, hawala/hundi, mobile wallet)</source>
        <translation>ذریعہ (نقد، بینک، حوالہ/ہنڈی، موبائل والٹ)</translation>
    </message>
    <message>
        <source>FMU / goAML reference</source>
        <translation>ایف ایم یو / goAML حوالہ</translation>
    </message>
    <message>
        <source>Smuggled migrant or trafficking victim</source>
        <translation>اسمگل شدہ تارکِ وطن یا انسانی اسمگلنگ کا متاثرہ فرد</translation>
    </message>
    <message>
        <source>Outcome (survivor, deceased, missing, deportee)</source>
        <translation>انجام (زندہ بچ جانے والا، جاں بحق، لاپتہ، ڈی پورٹ شدہ)</translation>
    </message>
    <message>
        <source>Form of exploitation</source>
        <translation>استحصال کی نوعیت</translation>
    </message>
    <message>
        <source>Home district</source>
        <translation>آبائی ضلع</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>صوبہ</translation>
    </message>
    <message>
        <source>Tehsil</source>
        <translation>تحصیل</translation>
    </message>
    <message>
        <source>Village or mohalla</source>
        <translation>گاؤں یا محلہ</translation>
    </message>
    <message>
        <source>Leg number</source>
        <translation>مرحلہ نمبر</translation>
    </message>
    <message>
        <source>From country</source>
        <translation>روانگی کا ملک</translation>
    </message>
    <message>
        <source>From city or place</source>
        <translation>روانگی کا شہر یا مقام</translation>
    </message>
    <message>
        <source>To country</source>
        <translation>منزل کا ملک</translation>
    </message>
    <message>
        <source>To city or place</source>
        <translation>منزل کا شہر یا مقام</translation>
    </message>
    <message>
        <source>Mode (air, land, sea)</source>
        <translation>ذریعۂ سفر (ہوائی، زمینی، سمندری)</translation>
    </message>
    <message>
        <source>Border point</source>
        <translation>سرحدی مقام</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <source>Red Book edition</source>
        <translation>ریڈ بک ایڈیشن</translation>
    </message>
    <message>
        <source>Edition year</source>
        <translation>ایڈیشن کا سال</translation>
    </message>
    <message>
        <source>Serial in the edition</source>
        <translation>ایڈیشن میں نمبر شمار</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>زون</translation>
    </message>
    <message>
        <source>Status (wanted, arrested, abroad)</source>
        <translation>حیثیت (مطلوب، گرفتار، بیرونِ ملک)</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>حیثیت کی تاریخ</translation>
    </message>
    <message>
        <source>Date of offloading</source>
        <translation>آف لوڈ کیے جانے کی تاریخ</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>پرواز</translation>
    </message>
    <message>
        <source>Airport</source>
        <translation>ایئرپورٹ</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>منزل</translation>
    </message>
    <message>
        <source>Reason for offloading</source>
        <translation>آف لوڈ کرنے کی وجہ</translation>
    </message>
    <message>
        <source>Watch list (ECL, PCL, stop list, blacklist)</source>
        <translation>نگرانی کی فہرست (ای سی ایل، پی سی ایل، اسٹاپ لسٹ، بلیک لسٹ)</translation>
    </message>
    <message>
        <source>Victims of a case (smuggled migrants, trafficking victims)</source>
        <translation>مقدمے کے متاثرین (اسمگل شدہ تارکینِ وطن، انسانی اسمگلنگ کے متاثرین)</translation>
    </message>
    <message>
        <source>Payments of a case</source>
        <translation>مقدمے کی ادائیگیاں</translation>
    </message>
    <message>
        <source>Route legs of a case</source>
        <translation>مقدمے کے سفری مراحل</translation>
    </message>
    <message>
        <source>Red Book edition (most wanted)</source>
        <translation>ریڈ بک ایڈیشن (انتہائی مطلوب)</translation>
    </message>
    <message>
        <source>Airport offload list</source>
        <translation>ایئرپورٹ آف لوڈ فہرست</translation>
    </message>
    <message>
        <source>Produced before magistrate</source>
        <translation>مجسٹریٹ کے سامنے پیشی</translation>
    </message>
    <message>
        <source>Status now (arrested, on bail, released...)</source>
        <translation>موجودہ حیثیت (گرفتار، ضمانت پر، رہا...)</translation>
    </message>
</context>
<context>
    <name>caselink::ImportRecords</name>
    <message>
        <source>The payer and the payee are the same person.</source>
        <translation>ادائیگی کنندہ اور وصول کنندہ ایک ہی شخص ہیں۔</translation>
    </message>
    <message>
        <source>This person is already recorded as &quot;%1&quot; in case %2; the row is not imported again.</source>
        <translation>یہ شخص مقدمہ %2 میں پہلے ہی &quot;%1&quot; کے طور پر درج ہے؛ یہ قطار دوبارہ درآمد نہیں کی گئی۔</translation>
    </message>
    <message>
        <source>The person is on record already; the home district in the file is not added to the record. Edit the person to add it.</source>
        <translation>یہ شخص پہلے سے ریکارڈ میں ہے؛ فائل کا آبائی ضلع ریکارڈ میں شامل نہیں کیا گیا۔ اسے شامل کرنے کے لیے شخص کے کوائف میں ترمیم کریں۔</translation>
    </message>
    <message>
        <source>Leg %1 of this traveller in case %2 appears twice in the file.</source>
        <translation>مقدمہ %2 میں اس مسافر کا مرحلہ %1 فائل میں دو بار آیا ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>The route already has %n leg(s) in this case; the file&apos;s legs follow them.</source>
        <translation>
            <numerusform>اس مقدمے میں راستے کا %n مرحلہ پہلے سے درج ہے؛ فائل کے مراحل اس کے بعد آتے ہیں۔</numerusform>
            <numerusform>اس مقدمے میں راستے کے %n مراحل پہلے سے درج ہیں؛ فائل کے مراحل ان کے بعد آتے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Edition %1 of the Red Book is not recorded yet; give its year to create it.</source>
        <translation>ریڈ بک کا ایڈیشن %1 ابھی درج نہیں؛ اسے بنانے کے لیے اس کا سال دیں۔</translation>
    </message>
    <message>
        <source>Edition %1 of the Red Book is recorded for %2, not %3.</source>
        <translation>ریڈ بک کا ایڈیشن %1 سال %2 کے لیے درج ہے، %3 کے لیے نہیں۔</translation>
    </message>
    <message>
        <source>The person is entry %1 of edition %2 already; the row is not imported again.</source>
        <translation>یہ شخص پہلے ہی ایڈیشن %2 کا اندراج %1 ہے؛ یہ قطار دوبارہ درآمد نہیں کی گئی۔</translation>
    </message>
    <message>
        <source>Serial %1 is taken in edition %2 by another person.</source>
        <translation>ایڈیشن %2 میں نمبر شمار %1 کسی اور شخص کے نام ہے۔</translation>
    </message>
    <message>
        <source>The person is in edition %1 already; the row is not imported again.</source>
        <translation>یہ شخص پہلے ہی ایڈیشن %1 میں ہے؛ یہ قطار دوبارہ درآمد نہیں کی گئی۔</translation>
    </message>
    <message>
        <source>This offloading of the person is on record already; the row is not imported again.</source>
        <translation>اس شخص کا یہ آف لوڈ پہلے سے ریکارڈ میں ہے؛ یہ قطار دوبارہ درآمد نہیں کی گئی۔</translation>
    </message>
    <message>
        <source>Offloaded (airport offload list)</source>
        <translation>آف لوڈ کیا گیا (ایئرپورٹ آف لوڈ فہرست)</translation>
    </message>
    <message>
        <source>Airport: %1</source>
        <translation>ایئرپورٹ: %1</translation>
    </message>
    <message>
        <source>Flight: %1</source>
        <translation>پرواز: %1</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>منزل: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>وجہ: %1</translation>
    </message>
    <message>
        <source>The event type %1 is missing from the reference data.</source>
        <translation>واقعے کی قسم %1 حوالہ جاتی ڈیٹا میں موجود نہیں۔</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>قطار %1: %2</translation>
    </message>
</context>
<context>
    <name>caselink::ImportRowParser</name>
    <message>
        <source>column %1</source>
        <translation>کالم %1</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>نام خالی ہے۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sex this import knows (M, F, X); recorded as unknown.</source>
        <translation>&quot;%1&quot; ایسی جنس نہیں جو یہ امپورٹ پہچانتا ہو (M، F، X)؛ نامعلوم درج کی گئی۔</translation>
    </message>
    <message>
        <source>The FIR number is empty.</source>
        <translation>ایف آئی آر نمبر خالی ہے۔</translation>
    </message>
    <message>
        <source>The date of arrest is empty.</source>
        <translation>گرفتاری کی تاریخ خالی ہے۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time of day; write it as 14:30.</source>
        <translation>&quot;%1&quot; دن کا وقت نہیں؛ اسے 14:30 کی طرح لکھیں۔</translation>
    </message>
    <message>
        <source>The time of arrest lies in the future.</source>
        <translation>گرفتاری کا وقت مستقبل میں ہے۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an arrest category (general, proclaimed offender, court absconder, most wanted).</source>
        <translation>&quot;%1&quot; گرفتاری کی کوئی قسم نہیں (عام، اشتہاری مجرم، عدالتی مفرور، انتہائی مطلوب)۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an accused role (%2).</source>
        <translation>&quot;%1&quot; ملزم کا کوئی کردار نہیں (%2)۔</translation>
    </message>
    <message>
        <source>The row names no list; map a list column or choose the list for the whole file.</source>
        <translation>اس قطار میں کوئی لسٹ درج نہیں؛ لسٹ کا کالم میپ کریں یا پوری فائل کے لیے لسٹ منتخب کریں۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a watch list (%2).</source>
        <translation>&quot;%1&quot; کوئی واچ لسٹ نہیں (%2)۔</translation>
    </message>
    <message>
        <source>The row has %1 cells but the header has %2 columns; the extra cells are not imported.</source>
        <translation>قطار میں %1 خانے ہیں مگر ہیڈر میں %2 کالم ہیں؛ اضافی خانے امپورٹ نہیں ہوں گے۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number from 1 to %2.</source>
        <translation>&quot;%1&quot; ایک سے %2 تک کا کوئی عدد نہیں۔</translation>
    </message>
    <message>
        <source>%1: the country is empty.</source>
        <translation>%1: ملک خالی ہے۔</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a country in the reference list.</source>
        <translation>%1: &quot;%2&quot; حوالہ جاتی فہرست میں کوئی ملک نہیں۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency CaseLink knows; write its ISO code (PKR, AED, EUR, USD, ...).</source>
        <translation>&quot;%1&quot; ایسی کرنسی نہیں جو کیس لنک جانتا ہو؛ اس کا آئی ایس او کوڈ لکھیں (PKR، AED، EUR، USD، ...)۔</translation>
    </message>
    <message>
        <source>The PKR equivalent is in %1; give it in rupees.</source>
        <translation>روپے میں مساوی رقم %1 میں دی گئی ہے؛ اسے روپوں میں دیں۔</translation>
    </message>
    <message>
        <source>The amount is in rupees already; the PKR equivalent %1 is not used.</source>
        <translation>رقم پہلے ہی روپوں میں ہے؛ مساوی رقم %1 استعمال نہیں کی گئی۔</translation>
    </message>
    <message>
        <source>No exchange rate follows from %1 for %2.</source>
        <translation>%1 سے %2 کے لیے کوئی شرحِ تبادلہ نہیں نکلتی۔</translation>
    </message>
    <message>
        <source>No exchange rate was given, so this payment has no rupee equivalent and is left out of the case&apos;s PKR total.</source>
        <translation>شرحِ تبادلہ نہیں دی گئی، اس لیے اس ادائیگی کی روپوں میں مساوی رقم نہیں اور یہ مقدمے کے روپوں کے کل میں شامل نہیں۔</translation>
    </message>
    <message>
        <source>At %1 the PKR equivalent is %2, not %3 as written; %2 is recorded.</source>
        <translation>%1 پر روپوں میں مساوی رقم %2 بنتی ہے، لکھی گئی %3 نہیں؛ %2 درج کی گئی ہے۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a victim&apos;s role; write smuggled migrant or trafficking victim.</source>
        <translation>&quot;%1&quot; متاثرہ فرد کا کردار نہیں؛ اسمگل شدہ تارکِ وطن یا انسانی اسمگلنگ کا متاثرہ فرد لکھیں۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome (survivor, deceased, missing, deportee, returned).</source>
        <translation>&quot;%1&quot; کوئی انجام نہیں (زندہ بچ جانے والا، جاں بحق، لاپتہ، ڈی پورٹ شدہ، واپس آنے والا)۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a payment channel (cash, bank, hawala/hundi, mobile wallet, other).</source>
        <translation>&quot;%1&quot; ادائیگی کا کوئی ذریعہ نہیں (نقد، بینک، حوالہ/ہنڈی، موبائل والٹ، دیگر)۔</translation>
    </message>
    <message>
        <source>The payer and the payee are the same person.</source>
        <translation>ادائیگی کنندہ اور وصول کنندہ ایک ہی شخص ہیں۔</translation>
    </message>
    <message>
        <source>From</source>
        <translation>روانگی</translation>
    </message>
    <message>
        <source>To</source>
        <translation>منزل</translation>
    </message>
    <message>
        <source>The mode of travel is empty (air, land or sea).</source>
        <translation>ذریعۂ سفر خالی ہے (ہوائی، زمینی یا سمندری)۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mode of travel (air, land or sea).</source>
        <translation>&quot;%1&quot; کوئی ذریعۂ سفر نہیں (ہوائی، زمینی یا سمندری)۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome of a leg (crossed, intercepted, deported, died, missing, offloaded, unknown).</source>
        <translation>&quot;%1&quot; کسی سفری مرحلے کا نتیجہ نہیں (پار کر لیا، روکا گیا، ڈی پورٹ ہوا، جاں بحق، لاپتہ، آف لوڈ، نامعلوم)۔</translation>
    </message>
    <message>
        <source>The row names no edition; map an edition column or give the edition for the whole file.</source>
        <translation>قطار میں کوئی ایڈیشن نہیں؛ ایڈیشن کا کالم منتخب کریں یا پوری فائل کے لیے ایڈیشن دیں۔</translation>
    </message>
    <message>
        <source>%1 is not the year of a Red Book edition.</source>
        <translation>%1 ریڈ بک کے کسی ایڈیشن کا سال نہیں۔</translation>
    </message>
    <message>
        <source>Assign the entry to a zone.</source>
        <translation>اندراج کو کسی زون کے سپرد کریں۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a zone of the organisation tree (a code such as GRW, or a name such as Gujranwala).</source>
        <translation>&quot;%1&quot; تنظیمی ڈھانچے کا کوئی زون نہیں (GRW جیسا کوڈ یا گوجرانوالہ جیسا نام لکھیں)۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Red Book status (wanted, arrested, abroad, deceased, removed).</source>
        <translation>&quot;%1&quot; ریڈ بک کی کوئی حیثیت نہیں (مطلوب، گرفتار، بیرونِ ملک، فوت، خارج)۔</translation>
    </message>
    <message>
        <source>The date of offloading is empty.</source>
        <translation>آف لوڈ کیے جانے کی تاریخ خالی ہے۔</translation>
    </message>
    <message>
        <source>The date of offloading lies in the future.</source>
        <translation>آف لوڈ کیے جانے کی تاریخ مستقبل میں ہے۔</translation>
    </message>
    <message>
        <source>The production before the magistrate lies in the future.</source>
        <translation>مجسٹریٹ کے سامنے پیشی کی تاریخ مستقبل میں ہے۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status after arrest (arrested, on bail, released, absconding, proclaimed offender, abroad).</source>
        <translation>&quot;%1&quot; گرفتاری کے بعد کی حیثیت نہیں ہے (گرفتار، ضمانت پر، رہا، مفرور، اشتہاری، بیرون ملک)۔</translation>
    </message>
</context>
<context>
    <name>caselink::ImportWizard</name>
    <message>
        <source>Import from a spreadsheet</source>
        <translation>اسپریڈشیٹ سے امپورٹ</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>فائل منتخب کریں</translation>
    </message>
    <message>
        <source>A CSV file (any delimiter, UTF-8, UTF-16 or Windows-1252) or an Excel .xlsx workbook.</source>
        <translation>CSV فائل (کوئی بھی ڈیلیمیٹر، UTF-8، UTF-16 یا Windows-1252) یا Excel کی .xlsx ورک بک۔</translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation>فائل میں موجود ہیں</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>براؤز…</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>شیٹ</translation>
    </message>
    <message>
        <source>From the file&apos;s list column</source>
        <translation>فائل کے لسٹ کالم سے</translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation>واچ لسٹ</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>امپورٹ کے لیے فائل منتخب کریں</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv *.xlsx)</source>
        <translation>اسپریڈشیٹس (*.csv *.txt *.tsv *.xlsx)</translation>
    </message>
    <message>
        <source>Match columns to fields</source>
        <translation>کالموں کو فیلڈز سے ملائیں</translation>
    </message>
    <message>
        <source>Suggested from the column headers. Fields marked * are required.</source>
        <translation>کالم ہیڈرز سے تجویز کردہ۔ * والی فیلڈز لازمی ہیں۔</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلڈ</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>فائل میں کالم</translation>
    </message>
    <message>
        <source>Use saved mapping</source>
        <translation>محفوظ میپنگ استعمال کریں</translation>
    </message>
    <message>
        <source>Name for this mapping</source>
        <translation>اس میپنگ کا نام</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>میپنگ محفوظ کریں</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>قطاریں چیک کریں</translation>
    </message>
    <message>
        <source>The first rows as they will be imported, with every error and warning.</source>
        <translation>ابتدائی قطاریں جیسے امپورٹ ہوں گی، ہر غلطی اور انتباہ کے ساتھ۔</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>امپورٹ</translation>
    </message>
    <message>
        <source>A dry run checks every row and changes nothing. The import writes everything in one step; Cancel leaves the database as it was.</source>
        <translation>ڈرائی رن ہر قطار چیک کرتا ہے اور کچھ تبدیل نہیں کرتا۔ امپورٹ سب کچھ ایک ہی مرحلے میں لکھتا ہے؛ منسوخ کرنے پر ڈیٹا بیس پہلے جیسا رہتا ہے۔</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>ڈرائی رن</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>امپورٹ منسوخ کریں</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>شروع نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>غلطیوں کی رپورٹ محفوظ کریں…</translation>
    </message>
    <message>
        <source>Save the error report</source>
        <translation>غلطیوں کی رپورٹ محفوظ کریں</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV فائلیں (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s): %1</source>
        <translation>
            <numerusform>%n کالم: %1</numerusform>
            <numerusform>%n کالم: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>میپ: %1</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(امپورٹ نہیں ہوا)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>کالم %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>قطار</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>جانچ</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ٹھیک</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>انتباہ</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>غلطی</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n قطاریں دکھائی گئیں</numerusform>
            <numerusform>%n قطاریں دکھائی گئیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n میں غلطیاں</numerusform>
            <numerusform>%n میں غلطیاں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n میں انتباہ</numerusform>
            <numerusform>%n میں انتباہ</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>ہر قطار چیک کی جا رہی ہے…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>امپورٹ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be written…</source>
        <translation>منسوخ کیا جا رہا ہے؛ کچھ نہیں لکھا جائے گا…</translation>
    </message>
    <message>
        <source>Cancelled. The database is unchanged.</source>
        <translation>منسوخ کر دیا گیا۔ ڈیٹا بیس میں کوئی تبدیلی نہیں ہوئی۔</translation>
    </message>
    <message>
        <source>Dry run finished; nothing was written.</source>
        <translation>ڈرائی رن مکمل؛ کچھ نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>امپورٹ مکمل۔</translation>
    </message>
    <message>
        <source>%1 rows: %2 imported, %3 matched to existing persons, %4 rejected; %5 held for review; %6 with warnings.</source>
        <translation>%1 قطاریں: %2 امپورٹ ہوئیں، %3 موجودہ افراد سے ملائی گئیں، %4 مسترد؛ %5 جائزے کے لیے روکی گئیں؛ %6 میں انتباہ۔</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 نہیں لکھا جا سکا: %2</translation>
    </message>
    <message>
        <source>row</source>
        <translation>قطار</translation>
    </message>
    <message>
        <source>column</source>
        <translation>کالم</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>شدت</translation>
    </message>
    <message>
        <source>code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>error</source>
        <translation>غلطی</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>انتباہ</translation>
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
        <source>from the file</source>
        <translation>فائل سے</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Red Book edition</source>
        <translation>ریڈ بک ایڈیشن</translation>
    </message>
</context>
<context>
    <name>caselink::ImportWriter</name>
    <message>
        <source>No case with FIR %1 is open to you; register the case first.</source>
        <translation>ایف آئی آر %1 والا کوئی مقدمہ آپ کے لیے کھلا نہیں؛ پہلے مقدمہ درج کریں۔</translation>
    </message>
    <message>
        <source>FIR %1 was registered at more than one station; map the station column to tell them apart.</source>
        <translation>ایف آئی آر %1 ایک سے زیادہ تھانوں میں درج ہوئی؛ انہیں الگ کرنے کے لیے تھانے کا کالم میپ کریں۔</translation>
    </message>
    <message>
        <source>The event type ARREST is missing from the reference data.</source>
        <translation>ریفرنس ڈیٹا میں ایونٹ کی قسم ARREST موجود نہیں۔</translation>
    </message>
    <message>
        <source>The event type PRODUCED_BEFORE_MAGISTRATE is missing from the reference data.</source>
        <translation>واقعے کی قسم PRODUCED_BEFORE_MAGISTRATE حوالہ جاتی ڈیٹا میں موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::Importer</name>
    <message>
        <source>Map a column to each required field: %1.</source>
        <translation>ہر لازمی فیلڈ کے لیے ایک کالم میپ کریں: %1۔</translation>
    </message>
    <message>
        <source>The source file&apos;s SHA-256 is needed to audit the import.</source>
        <translation>امپورٹ کے آڈٹ کے لیے سورس فائل کا SHA-256 درکار ہے۔</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>امپورٹ منسوخ کر دیا گیا۔</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>قطار %1: %2</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>ڈرائی رن: کچھ نہیں لکھا گیا۔</translation>
    </message>
    <message>
        <source>Importing victims needs the victim grant: their identities are shown only to officers who hold it. Ask an administrator for the grant.</source>
        <translation>متاثرین کی درآمد کے لیے متاثرین تک رسائی کی اجازت درکار ہے: ان کی شناخت صرف اسی اجازت کے حامل افسران کو دکھائی جاتی ہے۔ یہ اجازت کسی منتظم سے حاصل کریں۔</translation>
    </message>
    <message>
        <source>Red Book editions and entries are compiled by administrators and supervisors.</source>
        <translation>ریڈ بک کے ایڈیشن اور اندراجات منتظمین اور نگران مرتب کرتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::Incident</name>
    <message>
        <source>Shipwreck</source>
        <translation>کشتی ڈوبنے کا واقعہ</translation>
    </message>
    <message>
        <source>Death in transit</source>
        <translation>سفر کے دوران موت</translation>
    </message>
    <message>
        <source>Detention abroad</source>
        <translation>بیرونِ ملک حراست</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>دیگر سانحہ</translation>
    </message>
</context>
<context>
    <name>caselink::IncidentRepository</name>
    <message>
        <source>Give the incident a title.</source>
        <translation>سانحے کا عنوان درج کریں۔</translation>
    </message>
    <message>
        <source>Give the incident&apos;s date.</source>
        <translation>سانحے کی تاریخ درج کریں۔</translation>
    </message>
    <message>
        <source>A head count must lie between 0 and %L1.</source>
        <translation>افراد کی تعداد 0 سے %L1 کے درمیان ہونی چاہیے۔</translation>
    </message>
    <message numerus="yes">
        <source>%n Pakistani dead, missing and survivors exceed the number aboard.</source>
        <translation>
            <numerusform>جاں بحق، لاپتہ اور زندہ بچ جانے والے پاکستانیوں کی تعداد (%n) سوار افراد کی کل تعداد سے زیادہ ہے۔</numerusform>
            <numerusform>جاں بحق، لاپتہ اور زندہ بچ جانے والے پاکستانیوں کی تعداد (%n) سوار افراد کی کل تعداد سے زیادہ ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ملک</translation>
    </message>
    <message>
        <source>The incident no longer exists.</source>
        <translation>یہ سانحہ اب موجود نہیں۔</translation>
    </message>
    <message>
        <source>No such incident, or not in your scope.</source>
        <translation>ایسا کوئی سانحہ موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::KeyAssessment</name>
    <message>
        <source>Signed by this database&apos;s own office key (%1, %2).</source>
        <translation>اس ڈیٹا بیس کے اپنے دفتر کی کلید سے دستخط شدہ (%1، %2)۔</translation>
    </message>
    <message>
        <source>Signed by the trusted key of %1 (%2).</source>
        <translation>%1 کی معتبر کلید سے دستخط شدہ (%2)۔</translation>
    </message>
    <message>
        <source>Signed by a key trusted for %1, not for %2 which the bundle names (%3).</source>
        <translation>ایسی کلید سے دستخط شدہ جو %1 کے لیے معتبر ہے، بنڈل میں درج %2 کے لیے نہیں (%3)۔</translation>
    </message>
    <message>
        <source>Signed by a revoked key of %1 (%2), revoked on %3 by %4.</source>
        <translation>%1 کی منسوخ شدہ کلید سے دستخط شدہ (%2)، جسے %3 کو %4 نے منسوخ کیا۔</translation>
    </message>
    <message>
        <source>Signed by a key that is not trusted here (%1); the bundle says it comes from %2.</source>
        <translation>ایسی کلید سے دستخط شدہ جو یہاں معتبر نہیں (%1)؛ بنڈل کے مطابق یہ %2 سے آیا ہے۔</translation>
    </message>
    <message>
        <source>%1 Its origin cannot be relied on, so nothing was imported. An administrator can still import it, marked as of unverified origin.</source>
        <translation>%1 اس کے ماخذ پر بھروسا نہیں کیا جا سکتا، اس لیے کچھ امپورٹ نہیں ہوا۔ منتظم پھر بھی اسے غیر مصدقہ ماخذ کے نشان کے ساتھ امپورٹ کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>%1 Nothing was imported. Compare this fingerprint with %2 by phone or in person; if it is theirs, an administrator adds their key to the trusted office keys (Reference data, or caselink-cli keys trust with office.pub.pem from the bundle) and you import again. An administrator can also import it now, marked as of unverified origin.</source>
        <translation>%1 کچھ امپورٹ نہیں ہوا۔ یہ فنگر پرنٹ %2 سے فون پر یا بالمشافہ ملائیں؛ اگر یہ انہی کا ہے تو منتظم ان کی کلید معتبر دفتری کلیدوں میں شامل کرے (حوالہ جاتی ڈیٹا، یا بنڈل کی office.pub.pem کے ساتھ caselink-cli keys trust) اور آپ دوبارہ امپورٹ کریں۔ منتظم اسے ابھی غیر مصدقہ ماخذ کے نشان کے ساتھ بھی امپورٹ کر سکتا ہے۔</translation>
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
    <message>
        <source>The keyslot file is damaged or not a CaseLink keyslot file (%1).</source>
        <translation>کلیدی فائل خراب ہے یا کیس لنک کی کلیدی فائل نہیں (%1)۔</translation>
    </message>
</context>
<context>
    <name>caselink::LayoutOptions</name>
    <message>
        <source>The layout was cancelled.</source>
        <translation>ترتیب منسوخ کر دی گئی۔</translation>
    </message>
    <message>
        <source>The layout could not be computed.</source>
        <translation>ترتیب کا حساب نہیں لگایا جا سکا۔</translation>
    </message>
</context>
<context>
    <name>caselink::Lineage</name>
    <message>
        <source>s/o %1</source>
        <translation>ولد %1</translation>
    </message>
    <message>
        <source>d/o %1</source>
        <translation>دختر %1</translation>
    </message>
    <message>
        <source>w/o %1</source>
        <translation>زوجہ %1</translation>
    </message>
</context>
<context>
    <name>caselink::Link</name>
    <message>
        <source>Recruited</source>
        <translation>بھرتی</translation>
    </message>
    <message>
        <source>Sub-agent of</source>
        <translation>سب ایجنٹ</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>ادائیگی</translation>
    </message>
    <message>
        <source>Member of</source>
        <translation>رکنیت</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>خاندانی تعلق</translation>
    </message>
    <message>
        <source>Associate</source>
        <translation>ساتھی</translation>
    </message>
    <message>
        <source>Travelled with</source>
        <translation>ہم سفر</translation>
    </message>
    <message>
        <source>Arrested together</source>
        <translation>مشترکہ گرفتاری</translation>
    </message>
</context>
<context>
    <name>caselink::LinkCaseDialog</name>
    <message>
        <source>Link a case</source>
        <translation>مقدمہ منسلک کریں</translation>
    </message>
    <message>
        <source>FIR or enquiry number, or words of the title</source>
        <translation>ایف آئی آر یا انکوائری نمبر، یا عنوان کے الفاظ</translation>
    </message>
    <message>
        <source>why the cases are linked</source>
        <translation>مقدمات کیوں منسلک ہیں</translation>
    </message>
    <message>
        <source>Find a case</source>
        <translation>مقدمہ تلاش کریں</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>نتائج</translation>
    </message>
    <message>
        <source>Pick the case to link.</source>
        <translation>منسلک کرنے کے لیے مقدمہ چنیں۔</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Link cases</source>
        <translation>مقدمات منسلک کریں</translation>
    </message>
</context>
<context>
    <name>caselink::LinkRepository</name>
    <message>
        <source>No such person, or not in your scope.</source>
        <translation>ایسا کوئی فرد موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
    <message>
        <source>No such organisation, or not in your scope.</source>
        <translation>ایسی کوئی تنظیم موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
    <message>
        <source>A link&apos;s strength lies above 0 and at most 1.</source>
        <translation>ربط کی مضبوطی 0 سے زیادہ اور زیادہ سے زیادہ 1 ہوتی ہے۔</translation>
    </message>
    <message>
        <source>A link cannot end before it began.</source>
        <translation>ربط اپنے آغاز سے پہلے ختم نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>A link joins two different records.</source>
        <translation>ربط دو مختلف ریکارڈز کو جوڑتا ہے۔</translation>
    </message>
    <message>
        <source>&quot;Member of&quot; links lead to an organisation.</source>
        <translation>&quot;رکنیت&quot; قسم کے روابط کسی تنظیم سے جڑتے ہیں۔</translation>
    </message>
    <message>
        <source>The link no longer exists.</source>
        <translation>یہ ربط اب موجود نہیں۔</translation>
    </message>
    <message>
        <source>No such link, or not in your scope.</source>
        <translation>ایسا کوئی ربط موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::LinksPanel</name>
    <message>
        <source>Case</source>
        <translation>مقدمہ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>Link a case…</source>
        <translation>مقدمہ منسلک کریں…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>علیحدہ کریں</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>مقدمہ کھولیں</translation>
    </message>
    <message>
        <source>Unlink cases</source>
        <translation>مقدمات علیحدہ کریں</translation>
    </message>
    <message>
        <source>Incident: %1 (%2), %3, %4</source>
        <translation>واقعہ: %1 (%2)، %3، %4</translation>
    </message>
    <message>
        <source>This case is not linked to an incident.</source>
        <translation>یہ مقدمہ کسی واقعے سے منسلک نہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::ListPage</name>
    <message>
        <source>Count</source>
        <translation>گنتی</translation>
    </message>
    <message>
        <source>Count every row that matches the filter</source>
        <translation>فلٹر سے ملنے والی ہر قطار گنیں</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n قطاریں</numerusform>
            <numerusform>%n قطاریں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ rows</source>
        <translation>
            <numerusform>%n+ قطاریں</numerusform>
            <numerusform>%n+ قطاریں</numerusform>
        </translation>
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
    <message>
        <source>Statistics</source>
        <translation>اعداد و شمار</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;تلاش…</translation>
    </message>
    <message>
        <source>Find &amp;duplicate persons…</source>
        <translation>&amp;دہرے افراد تلاش کریں…</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>ٹیب &amp;بند کریں</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;اگلا ٹیب</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;پچھلا ٹیب</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;اوزار</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;ونڈو</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>تلاش</translation>
    </message>
    <message>
        <source>The database could not be opened: %1</source>
        <translation>ڈیٹا بیس نہیں کھل سکا: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ناکام: %2</translation>
    </message>
    <message>
        <source>Duplicate persons</source>
        <translation>دہرے افراد</translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation>زیرِ جائزہ افراد</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) held for review after an import</source>
        <translation>
            <numerusform>امپورٹ کے بعد %n فرد جائزے کے لیے روکا گیا</numerusform>
            <numerusform>امپورٹ کے بعد %n افراد جائزے کے لیے روکے گئے</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caselink::MappingStore</name>
    <message>
        <source>There is no saved mapping named %1.</source>
        <translation>%1 نام کی کوئی محفوظ میپنگ موجود نہیں۔</translation>
    </message>
    <message>
        <source>Give the mapping a name of at most 100 characters.</source>
        <translation>میپنگ کو زیادہ سے زیادہ 100 حروف کا نام دیں۔</translation>
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
    <name>caselink::ModelText</name>
    <message>
        <source>Enquiry registered</source>
        <translation>انکوائری درج</translation>
    </message>
    <message>
        <source>Enquiry closed</source>
        <translation>انکوائری بند</translation>
    </message>
    <message>
        <source>FIR registered</source>
        <translation>ایف آئی آر درج</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>زیرِ تفتیش</translation>
    </message>
    <message>
        <source>Interim challan submitted</source>
        <translation>عبوری چالان پیش</translation>
    </message>
    <message>
        <source>Final challan submitted</source>
        <translation>حتمی چالان پیش</translation>
    </message>
    <message>
        <source>Dropped after investigation</source>
        <translation>تفتیش کے بعد خارج</translation>
    </message>
    <message>
        <source>Under trial</source>
        <translation>زیرِ سماعت</translation>
    </message>
    <message>
        <source>Accused proclaimed offender</source>
        <translation>ملزم اشتہاری قرار</translation>
    </message>
    <message>
        <source>Convicted</source>
        <translation>سزا یافتہ</translation>
    </message>
    <message>
        <source>Acquitted</source>
        <translation>بری</translation>
    </message>
    <message>
        <source>Appeal pending</source>
        <translation>اپیل زیرِ التوا</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>نمٹا دیا گیا</translation>
    </message>
    <message>
        <source>General</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <source>Proclaimed offender</source>
        <translation>اشتہاری</translation>
    </message>
    <message>
        <source>Court absconder</source>
        <translation>عدالتی مفرور</translation>
    </message>
    <message>
        <source>Most wanted</source>
        <translation>انتہائی مطلوب</translation>
    </message>
    <message>
        <source>Smuggled migrant</source>
        <translation>اسمگل شدہ تارکِ وطن</translation>
    </message>
    <message>
        <source>Trafficking victim</source>
        <translation>انسانی اسمگلنگ کا متاثرہ فرد</translation>
    </message>
    <message>
        <source>Survivor</source>
        <translation>زندہ بچ جانے والا</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>جاں بحق</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>لاپتہ</translation>
    </message>
    <message>
        <source>Deportee</source>
        <translation>ڈی پورٹ شدہ</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>وطن واپس</translation>
    </message>
</context>
<context>
    <name>caselink::NameMatcher</name>
    <message>
        <source>a name is missing</source>
        <translation>ایک نام موجود نہیں</translation>
    </message>
    <message>
        <source>father&apos;s or husband&apos;s name missing on a record; the name alone decides</source>
        <translation>ایک ریکارڈ میں والد یا شوہر کا نام موجود نہیں؛ فیصلہ صرف نام کی بنیاد پر</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>نام یکساں</translation>
    </message>
    <message>
        <source>father&apos;s or husband&apos;s name the same</source>
        <translation>والد یا شوہر کا نام یکساں</translation>
    </message>
    <message>
        <source>same name after spelling normalisation</source>
        <translation>املا کو یکساں کرنے کے بعد نام یکساں</translation>
    </message>
    <message>
        <source>father&apos;s or husband&apos;s name the same after spelling normalisation</source>
        <translation>املا کو یکساں کرنے کے بعد والد یا شوہر کا نام یکساں</translation>
    </message>
    <message>
        <source>same name in Urdu and Latin script</source>
        <translation>اردو اور لاطینی رسم الخط میں نام یکساں</translation>
    </message>
    <message>
        <source>father&apos;s or husband&apos;s name the same in Urdu and Latin script</source>
        <translation>اردو اور لاطینی رسم الخط میں والد یا شوہر کا نام یکساں</translation>
    </message>
    <message>
        <source>name similar (%1)</source>
        <translation>نام ملتا جلتا (%1)</translation>
    </message>
    <message>
        <source>father&apos;s or husband&apos;s name similar (%1)</source>
        <translation>والد یا شوہر کا نام ملتا جلتا (%1)</translation>
    </message>
    <message>
        <source>names differ (%1)</source>
        <translation>نام مختلف (%1)</translation>
    </message>
    <message>
        <source>father&apos;s or husband&apos;s name differs (%1)</source>
        <translation>والد یا شوہر کا نام مختلف (%1)</translation>
    </message>
    <message>
        <source>same family or caste name (%1)</source>
        <translation>خاندان یا ذات کا نام یکساں (%1)</translation>
    </message>
    <message>
        <source>family or caste names differ (%1, %2)</source>
        <translation>خاندان یا ذات کے نام مختلف (%1، %2)</translation>
    </message>
    <message>
        <source>titles not compared (%1)</source>
        <translation>القاب کا موازنہ نہیں کیا گیا (%1)</translation>
    </message>
</context>
<context>
    <name>caselink::NetworkMeasures</name>
    <message>
        <source>No such node in the chart.</source>
        <translation>چارٹ میں ایسا کوئی نوڈ نہیں۔</translation>
    </message>
    <message>
        <source>The path could not be computed.</source>
        <translation>راستے کا حساب نہیں لگایا جا سکا۔</translation>
    </message>
    <message>
        <source>Degree</source>
        <translation>ڈگری</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>درمیانی مرکزیت</translation>
    </message>
    <message>
        <source>Closeness</source>
        <translation>قربتی مرکزیت</translation>
    </message>
    <message>
        <source>Eigenvector centrality</source>
        <translation>آئیگن ویکٹر مرکزیت</translation>
    </message>
    <message>
        <source>k-core</source>
        <translation>k-core</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>گروہ</translation>
    </message>
    <message>
        <source>The degree could not be computed.</source>
        <translation>ڈگری کا حساب نہیں لگایا جا سکا۔</translation>
    </message>
    <message>
        <source>Betweenness could not be computed.</source>
        <translation>درمیانی مرکزیت کا حساب نہیں لگایا جا سکا۔</translation>
    </message>
    <message>
        <source>Closeness could not be computed.</source>
        <translation>قربتی مرکزیت کا حساب نہیں لگایا جا سکا۔</translation>
    </message>
    <message>
        <source>The k-core could not be computed.</source>
        <translation>k-core کا حساب نہیں لگایا جا سکا۔</translation>
    </message>
    <message>
        <source>Communities could not be computed.</source>
        <translation>گروہوں کا حساب نہیں لگایا جا سکا۔</translation>
    </message>
</context>
<context>
    <name>caselink::NotesPanel</name>
    <message>
        <source>Case notes: the summary of facts and the investigator&apos;s working notes.</source>
        <translation>مقدمے کے نوٹس: حقائق کا خلاصہ اور تفتیشی افسر کے کام کے نوٹس۔</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>نوٹس محفوظ کریں</translation>
    </message>
    <message>
        <source>Edit case notes</source>
        <translation>مقدمے کے نوٹس میں ترمیم</translation>
    </message>
</context>
<context>
    <name>caselink::OfficeKey</name>
    <message>
        <source>The database has no office signing key.</source>
        <translation>ڈیٹا بیس میں دفتر کی دستخطی کلید موجود نہیں۔</translation>
    </message>
    <message>
        <source>%1 is not an Ed25519 public key in PEM form.</source>
        <translation>%1 PEM صورت میں Ed25519 عوامی کلید نہیں ہے۔</translation>
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
    <name>caselink::Officer</name>
    <message>
        <source>Constable</source>
        <translation>کانسٹیبل</translation>
    </message>
    <message>
        <source>Head Constable</source>
        <translation>ہیڈ کانسٹیبل</translation>
    </message>
    <message>
        <source>Assistant Sub-Inspector</source>
        <translation>اسسٹنٹ سب انسپکٹر</translation>
    </message>
    <message>
        <source>Sub-Inspector</source>
        <translation>سب انسپکٹر</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>انسپکٹر</translation>
    </message>
    <message>
        <source>Assistant Director</source>
        <translation>اسسٹنٹ ڈائریکٹر</translation>
    </message>
    <message>
        <source>Deputy Director</source>
        <translation>ڈپٹی ڈائریکٹر</translation>
    </message>
    <message>
        <source>Additional Director</source>
        <translation>ایڈیشنل ڈائریکٹر</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>ڈائریکٹر</translation>
    </message>
    <message>
        <source>Director General</source>
        <translation>ڈائریکٹر جنرل</translation>
    </message>
</context>
<context>
    <name>caselink::OfficerRepository</name>
    <message>
        <source>service number</source>
        <translation>سروس نمبر</translation>
    </message>
    <message>
        <source>Give the officer&apos;s name.</source>
        <translation>افسر کا نام درج کریں۔</translation>
    </message>
    <message>
        <source>Give the officer&apos;s service number.</source>
        <translation>افسر کا سروس نمبر درج کریں۔</translation>
    </message>
    <message>
        <source>Officers can only be recorded for your own office or the units below it.</source>
        <translation>افسران کا اندراج صرف آپ کے اپنے دفتر یا اس کے ماتحت یونٹس کے لیے کیا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>Another officer has the service number %1.</source>
        <translation>سروس نمبر %1 کسی دوسرے افسر کا ہے۔</translation>
    </message>
    <message>
        <source>This officer is posted outside your offices.</source>
        <translation>یہ افسر آپ کے دفاتر سے باہر تعینات ہے۔</translation>
    </message>
    <message>
        <source>No such officer, or not in your scope.</source>
        <translation>ایسا کوئی افسر موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::OrgUnitRepository</name>
    <message>
        <source>Only an administrator can change the organisation tree.</source>
        <translation>تنظیمی ڈھانچے میں تبدیلی صرف منتظم کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>There is no active office with the code &quot;%1&quot;.</source>
        <translation>کوڈ &quot;%1&quot; کا کوئی فعال دفتر موجود نہیں۔</translation>
    </message>
    <message>
        <source>A unit&apos;s type is REGION, ZONE, CIRCLE, ICP or LINK_OFFICE_ABROAD.</source>
        <translation>یونٹ کی قسم REGION، ZONE، CIRCLE، ICP یا LINK_OFFICE_ABROAD ہوتی ہے۔</translation>
    </message>
    <message>
        <source>A %1 cannot be placed under the %2 %3.</source>
        <translation>%1 کو %2 %3 کے ماتحت نہیں رکھا جا سکتا۔</translation>
    </message>
    <message>
        <source>An office code has 2 to 24 capital letters, digits or hyphens, like GRW-AHTC.</source>
        <translation>دفتر کا کوڈ 2 سے 24 بڑے حروف، ہندسوں یا ہائفن پر مشتمل ہوتا ہے، جیسے GRW-AHTC۔</translation>
    </message>
    <message>
        <source>Give the office an English name (and an Urdu name where known).</source>
        <translation>دفتر کا انگریزی نام درج کریں (اور اگر معلوم ہو تو اردو نام بھی)۔</translation>
    </message>
    <message>
        <source>The office code %1 is already in use.</source>
        <translation>دفتر کا کوڈ %1 پہلے سے استعمال میں ہے۔</translation>
    </message>
    <message>
        <source>Cannot check the office&apos;s units and accounts.</source>
        <translation>دفتر کے یونٹس اور اکاؤنٹس کی جانچ نہیں ہو سکی۔</translation>
    </message>
    <message>
        <source>%1 still has active units or accounts under it; move or revoke them first.</source>
        <translation>%1 کے ماتحت ابھی فعال یونٹس یا اکاؤنٹس موجود ہیں؛ پہلے انہیں منتقل یا منسوخ کریں۔</translation>
    </message>
</context>
<context>
    <name>caselink::Organisation</name>
    <message>
        <source>Smuggling network</source>
        <translation>اسمگلنگ نیٹ ورک</translation>
    </message>
    <message>
        <source>Front company</source>
        <translation>فرنٹ کمپنی</translation>
    </message>
    <message>
        <source>Travel agency</source>
        <translation>ٹریول ایجنسی</translation>
    </message>
    <message>
        <source>Recruitment agency</source>
        <translation>ریکروٹنگ ایجنسی</translation>
    </message>
    <message>
        <source>Other organisation</source>
        <translation>دیگر تنظیم</translation>
    </message>
</context>
<context>
    <name>caselink::OrganisationListModel</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Name (Urdu)</source>
        <translation>نام (اردو)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>رجسٹریشن</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>اراکین</translation>
    </message>
</context>
<context>
    <name>caselink::OrganisationRepository</name>
    <message>
        <source>Give the organisation&apos;s name in Latin or Urdu script.</source>
        <translation>تنظیم کا نام لاطینی یا اردو رسم الخط میں درج کریں۔</translation>
    </message>
    <message>
        <source>The organisation no longer exists.</source>
        <translation>یہ تنظیم اب موجود نہیں۔</translation>
    </message>
    <message>
        <source>No such organisation, or not in your scope.</source>
        <translation>ایسی کوئی تنظیم موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
    <message>
        <source>A membership cannot end before it began.</source>
        <translation>رکنیت اپنے آغاز سے پہلے ختم نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>رکن منتخب کریں۔</translation>
    </message>
    <message>
        <source>member</source>
        <translation>رکن</translation>
    </message>
    <message>
        <source>No such membership, or not in your scope.</source>
        <translation>ایسی کوئی رکنیت موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
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
    <message>
        <source>Cases in your scope:</source>
        <translation>آپ کے دائرے میں مقدمات:</translation>
    </message>
    <message>
        <source>Persons:</source>
        <translation>افراد:</translation>
    </message>
    <message>
        <source>Arrests:</source>
        <translation>گرفتاریاں:</translation>
    </message>
    <message>
        <source>Organisations:</source>
        <translation>تنظیمیں:</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>مقررہ تاریخ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>مقدمہ</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>گنتی جاری ہے…</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (تاریخ گزر گئی)</translation>
    </message>
    <message>
        <source>Held for review:</source>
        <translation>زیرِ جائزہ افراد:</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) to compare</source>
        <translation>
            <numerusform>موازنے کے لیے %n فرد</numerusform>
            <numerusform>موازنے کے لیے %n افراد</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>کوئی نہیں</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>کام کی فہرست</translation>
    </message>
    <message>
        <source>What</source>
        <translation>کام</translation>
    </message>
    <message>
        <source>Person or details</source>
        <translation>فرد یا تفصیل</translation>
    </message>
    <message>
        <source>Overdue by circle</source>
        <translation>سرکل وار تاریخ گزرے کام</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>سرکل</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>تاریخ گزر گئی</translation>
    </message>
    <message>
        <source>Count the records in your scope and list the work queue</source>
        <translation>اپنے دائرے میں ریکارڈ گنیں اور کام کی فہرست دکھائیں</translation>
    </message>
    <message>
        <source>Compare with a recorded person</source>
        <translation>درج شدہ فرد سے موازنہ کریں</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Production before a magistrate within 24 hours</source>
        <translation>24 گھنٹوں میں مجسٹریٹ کے سامنے پیشی</translation>
    </message>
    <message>
        <source>Remands running out within 48 hours</source>
        <translation>48 گھنٹوں میں ختم ہونے والے ریمانڈ</translation>
    </message>
    <message>
        <source>Interim challans due</source>
        <translation>واجب عبوری چالان</translation>
    </message>
    <message>
        <source>Hearings this week</source>
        <translation>اس ہفتے کی سماعتیں</translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation>زیرِ جائزہ افراد</translation>
    </message>
    <message>
        <source>My open cases</source>
        <translation>میرے زیرِ تفتیش مقدمات</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1: کوئی نہیں</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more not shown</source>
        <translation>
            <numerusform>مزید %n نہیں دکھایا گیا</numerusform>
            <numerusform>مزید %n نہیں دکھائے گئے</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>کوئی کام تاریخ سے پیچھے نہیں</translation>
    </message>
</context>
<context>
    <name>caselink::WorkQueue</name>
    <message>
        <source>The work queue needs a valid time for now.</source>
        <translation>کام کی فہرست کے لیے موجودہ وقت درست ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>(protected person)</source>
        <translation>(محفوظ فرد)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 سے</translation>
    </message>
    <message>
        <source>may be %1 (from %2)</source>
        <translation>شاید %1 (%2 سے)</translation>
    </message>
</context>
<context>
    <name>caselink::OverviewPanel</name>
    <message>
        <source>Register FIR…</source>
        <translation>ایف آئی آر درج کریں…</translation>
    </message>
    <message>
        <source>Remand of %1 expires on %2</source>
        <translation>%1 کا ریمانڈ %2 کو ختم ہو رہا ہے</translation>
    </message>
    <message>
        <source>Produce %1 before a magistrate by %2</source>
        <translation>%1 کو %2 تک مجسٹریٹ کے سامنے پیش کریں</translation>
    </message>
    <message>
        <source>Interim challan due on %1</source>
        <translation>عبوری چالان %1 کو واجب</translation>
    </message>
    <message>
        <source>OVERDUE: %1</source>
        <translation>تاریخ گزر گئی: %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>مقدمہ</translation>
    </message>
    <message>
        <source>FIR</source>
        <translation>ایف آئی آر</translation>
    </message>
    <message>
        <source>Enquiry</source>
        <translation>انکوائری</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Investigating officer</source>
        <translation>تفتیشی افسر</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation>جرائم</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>عدالت</translation>
    </message>
    <message>
        <source>Prosecutor</source>
        <translation>پراسیکیوٹر</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>واقعہ</translation>
    </message>
    <message>
        <source>Next legal step and deadlines</source>
        <translation>اگلا قانونی قدم اور آخری تاریخیں</translation>
    </message>
    <message>
        <source>Edit case…</source>
        <translation>مقدمے میں ترمیم…</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>حیثیت تبدیل کریں</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>چارٹ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ٹائم لائن</translation>
    </message>
    <message>
        <source>Change status to %1</source>
        <translation>حیثیت %1 میں تبدیل کریں</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1, %2, dated %3</source>
        <translation>%1، %2، مورخہ %3</translation>
    </message>
    <message>
        <source>%1, dated %2</source>
        <translation>%1، مورخہ %2</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>تفویض نہیں</translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation>کوئی زیرِ التوا آخری تاریخ نہیں۔</translation>
    </message>
    <message>
        <source>Export case file…</source>
        <translation>کیس فائل برآمد کریں…</translation>
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
    <name>caselink::Payment</name>
    <message>
        <source>Cash</source>
        <translation>نقد</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>بینک ٹرانسفر</translation>
    </message>
    <message>
        <source>Hawala / hundi</source>
        <translation>حوالہ / ہنڈی</translation>
    </message>
    <message>
        <source>Mobile wallet</source>
        <translation>موبائل والیٹ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
</context>
<context>
    <name>caselink::PaymentDialog</name>
    <message>
        <source>Add payment</source>
        <translation>ادائیگی شامل کریں</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(نامعلوم)</translation>
    </message>
    <message>
        <source>e.g. 25 lakh, EUR 8,000</source>
        <translation>مثلاً 25 لاکھ، EUR 8,000</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>rupees per unit, e.g. 300.50</source>
        <translation>روپے فی اکائی، مثلاً 300.50</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>ادا کنندہ</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>وصول کنندہ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>کرنسی</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Rate to PKR</source>
        <translation>PKR میں شرح</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ذریعہ</translation>
    </message>
    <message>
        <source>FMU reference</source>
        <translation>FMU حوالہ</translation>
    </message>
</context>
<context>
    <name>caselink::PaymentListModel</name>
    <message>
        <source>Case</source>
        <translation>مقدمہ</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>ادائیگی کنندہ</translation>
    </message>
    <message>
        <source>Payee</source>
        <translation>وصول کنندہ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>PKR</source>
        <translation>روپے (PKR)</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>تاریخِ ادائیگی</translation>
    </message>
</context>
<context>
    <name>caselink::PaymentRepository</name>
    <message>
        <source>No exchange rate was given, so this payment has no rupee equivalent and is left out of the case&apos;s PKR total.</source>
        <translation>شرحِ مبادلہ درج نہیں کی گئی، اس لیے اس ادائیگی کی روپوں میں مالیت معلوم نہیں اور یہ مقدمے کی کل رقم (روپوں میں) میں شامل نہیں کی گئی۔</translation>
    </message>
    <message>
        <source>The payment date is in the future.</source>
        <translation>ادائیگی کی تاریخ مستقبل میں ہے۔</translation>
    </message>
    <message>
        <source>The payer and the payee are the same person.</source>
        <translation>ادائیگی کنندہ اور وصول کنندہ ایک ہی شخص ہیں۔</translation>
    </message>
    <message>
        <source>payer</source>
        <translation>ادائیگی کنندہ</translation>
    </message>
    <message>
        <source>payee</source>
        <translation>وصول کنندہ</translation>
    </message>
    <message>
        <source>An instalment belongs to another payment of the same case, one that is not an instalment itself and has none of its own.</source>
        <translation>قسط اسی مقدمے کی کسی دوسری ادائیگی کی ہوتی ہے، ایسی ادائیگی جو خود قسط نہ ہو اور جس کی اپنی کوئی قسط نہ ہو۔</translation>
    </message>
    <message>
        <source>The payment no longer exists.</source>
        <translation>یہ ادائیگی اب موجود نہیں۔</translation>
    </message>
    <message>
        <source>No such payment, or not in your scope.</source>
        <translation>ایسی کوئی ادائیگی موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::PaymentsPanel</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>ادا کنندہ</translation>
    </message>
    <message>
        <source>Paid to</source>
        <translation>وصول کنندہ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>In PKR</source>
        <translation>PKR میں</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ذریعہ</translation>
    </message>
    <message>
        <source>FMU reference</source>
        <translation>FMU حوالہ</translation>
    </message>
    <message>
        <source>Add payment…</source>
        <translation>ادائیگی شامل کریں…</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>شرح نامعلوم</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s), %1 in PKR</source>
        <translation>
            <numerusform>%n ادائیگیاں، PKR میں %1</numerusform>
            <numerusform>%n ادائیگیاں، PKR میں %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n without a known rate</source>
        <translation>
            <numerusform>%1؛ %n کی شرح نامعلوم</numerusform>
            <numerusform>%1؛ %n کی شرح نامعلوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caselink::PeoplePanel</name>
    <message>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>Accused side</source>
        <translation>ملزم فریق</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>In FIR</source>
        <translation>ایف آئی آر میں</translation>
    </message>
    <message>
        <source>Arrest status</source>
        <translation>گرفتاری کی حیثیت</translation>
    </message>
    <message>
        <source>Other parties</source>
        <translation>دیگر فریق</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Add accused…</source>
        <translation>ملزم شامل کریں…</translation>
    </message>
    <message>
        <source>Add other party…</source>
        <translation>دیگر فریق شامل کریں…</translation>
    </message>
    <message>
        <source>Remove from case</source>
        <translation>مقدمے سے ہٹائیں</translation>
    </message>
    <message>
        <source>Open person</source>
        <translation>فرد کھولیں</translation>
    </message>
    <message>
        <source>Remove %1 from the case</source>
        <translation>%1 کو مقدمے سے ہٹائیں</translation>
    </message>
</context>
<context>
    <name>caselink::PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>فرد میں ترمیم</translation>
    </message>
    <message>
        <source>In the Red Book (most wanted)</source>
        <translation>ریڈ بک میں (انتہائی مطلوب)</translation>
    </message>
    <message>
        <source>Proclaimed offender</source>
        <translation>اشتہاری مجرم</translation>
    </message>
    <message>
        <source>Interpol Red Notice</source>
        <translation>انٹرپول ریڈ نوٹس</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 میں ترمیم</translation>
    </message>
</context>
<context>
    <name>caselink::PersonFields</name>
    <message>
        <source>e.g. Muhammad Asif</source>
        <translation>مثلاً Muhammad Asif</translation>
    </message>
    <message>
        <source>e.g. محمد آصف</source>
        <translation>مثلاً محمد آصف</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(کوئی نہیں)</translation>
    </message>
    <message>
        <source>son of (s/o)</source>
        <translation>ولد</translation>
    </message>
    <message>
        <source>daughter of (d/o)</source>
        <translation>دختر</translation>
    </message>
    <message>
        <source>wife of (w/o)</source>
        <translation>زوجہ</translation>
    </message>
    <message>
        <source>father&apos;s or husband&apos;s name</source>
        <translation>والد یا شوہر کا نام</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>عورت</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>12345-1234567-1</source>
        <translation>12345-1234567-1</translation>
    </message>
    <message>
        <source>0300 1234567, +92 321 7654321</source>
        <translation>0300 1234567, +92 321 7654321</translation>
    </message>
    <message>
        <source>AB1234567</source>
        <translation>AB1234567</translation>
    </message>
    <message>
        <source>other names, separated by commas</source>
        <translation>دیگر نام، کاما سے الگ کر کے</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>نام (انگریزی)</translation>
    </message>
    <message>
        <source>Name (Urdu)</source>
        <translation>نام (اردو)</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>نسبت</translation>
    </message>
    <message>
        <source>Father&apos;s / husband&apos;s name</source>
        <translation>والد / شوہر کا نام</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>CNIC</source>
        <translation>CNIC</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Passports</source>
        <translation>پاسپورٹ</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>عرفیت</translation>
    </message>
    <message>
        <source>Enter the name in English or in Urdu.</source>
        <translation>نام انگریزی یا اردو میں درج کریں۔</translation>
    </message>
</context>
<context>
    <name>caselink::PersonInsight</name>
    <message>
        <source>No such person, or not in your scope.</source>
        <translation>ایسا کوئی فرد نہیں، یا آپ کے دائرے میں نہیں۔</translation>
    </message>
    <message>
        <source>The photo must be a JPEG or PNG image.</source>
        <translation>تصویر JPEG یا PNG ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>The photo is larger than 5 MB.</source>
        <translation>تصویر 5 MB سے بڑی ہے۔</translation>
    </message>
</context>
<context>
    <name>caselink::PersonListModel</name>
    <message>
        <source>Red Book</source>
        <translation>ریڈ بک</translation>
    </message>
    <message>
        <source>Proclaimed offender</source>
        <translation>اشتہاری</translation>
    </message>
    <message>
        <source>Red Notice</source>
        <translation>ریڈ نوٹس</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Name (Urdu)</source>
        <translation>نام (اردو)</translation>
    </message>
    <message>
        <source>Father/husband</source>
        <translation>والد/شوہر</translation>
    </message>
    <message>
        <source>CNIC</source>
        <translation>شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>نشانات</translation>
    </message>
</context>
<context>
    <name>caselink::PersonMatcher</name>
    <message>
        <source>same CNIC</source>
        <translation>ایک ہی شناختی کارڈ</translation>
    </message>
    <message>
        <source>same passport number</source>
        <translation>ایک ہی پاسپورٹ نمبر</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>ایک ہی فون نمبر</translation>
    </message>
</context>
<context>
    <name>caselink::PersonMerge</name>
    <message>
        <source>That merge does not exist or was not undone.</source>
        <translation>یہ انضمام موجود نہیں، یا کالعدم نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>That merge does not exist or was already undone.</source>
        <translation>یہ انضمام موجود نہیں یا پہلے ہی کالعدم کیا جا چکا ہے۔</translation>
    </message>
    <message>
        <source>No such person, or not in your scope.</source>
        <translation>ایسا کوئی فرد موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
    <message>
        <source>A record cannot be merged into itself.</source>
        <translation>کسی ریکارڈ کو خود اسی میں ضم نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>Both persons must exist, be in your scope, not be merged already and not be protected.</source>
        <translation>دونوں افراد کا موجود ہونا، آپ کے دائرۂ اختیار میں ہونا، پہلے سے ضم شدہ نہ ہونا اور تحفظ یافتہ نہ ہونا ضروری ہے۔</translation>
    </message>
    <message>
        <source>Cannot record the merge.</source>
        <translation>انضمام درج نہیں کیا جا سکا۔</translation>
    </message>
    <message>
        <source>The merge record is damaged.</source>
        <translation>انضمام کا ریکارڈ خراب ہے۔</translation>
    </message>
</context>
<context>
    <name>caselink::PersonProfile</name>
    <message>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>عورت</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>CNIC</source>
        <translation>شناختی کارڈ</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>پاسپورٹ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>پتہ</translation>
    </message>
    <message>
        <source>Restricted: this person&apos;s identity is shown only to users with the victims grant.</source>
        <translation>محدود: اس فرد کی شناخت صرف متاثرین کی اجازت رکھنے والے صارفین کو دکھائی جاتی ہے۔</translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation>فرد میں ترمیم…</translation>
    </message>
    <message>
        <source>Set photo…</source>
        <translation>تصویر لگائیں…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>چارٹ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ٹائم لائن</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>مقدمہ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Arrest status</source>
        <translation>گرفتاری کی حیثیت</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>مقدمات</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>سمت</translation>
    </message>
    <message>
        <source>Other party</source>
        <translation>دوسرا فریق</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>In PKR</source>
        <translation>PKR میں</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>ادائیگیاں</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>مشترک</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>قدر</translation>
    </message>
    <message>
        <source>Also recorded for</source>
        <translation>یہ بھی درج ہے برائے</translation>
    </message>
    <message>
        <source>In case</source>
        <translation>مقدمے میں</translation>
    </message>
    <message>
        <source>Also appears in</source>
        <translation>یہ بھی موجود ہے</translation>
    </message>
    <message>
        <source>List</source>
        <translation>لسٹ</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>حوالہ</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>شامل کیا گیا</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>ہٹایا گیا</translation>
    </message>
    <message>
        <source>Watch lists</source>
        <translation>واچ لسٹیں</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Passports</source>
        <translation>پاسپورٹ</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>پتے</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>عرفیتیں</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>پیدائش</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>شناخت</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>son of %1</source>
        <translation>ولد %1</translation>
    </message>
    <message>
        <source>daughter of %1</source>
        <translation>دختر %1</translation>
    </message>
    <message>
        <source>wife of %1</source>
        <translation>زوجہ %1</translation>
    </message>
    <message>
        <source>Red Book</source>
        <translation>ریڈ بک</translation>
    </message>
    <message>
        <source>Proclaimed offender</source>
        <translation>اشتہاری ملزم</translation>
    </message>
    <message>
        <source>Red Notice</source>
        <translation>ریڈ نوٹس</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>بتاریخ %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2، %3)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(نامعلوم)</translation>
    </message>
    <message>
        <source>(not visible)</source>
        <translation>(نظر سے اوجھل)</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>ادا کیا</translation>
    </message>
    <message>
        <source>received</source>
        <translation>وصول کیا</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>شرح نہیں</translation>
    </message>
    <message>
        <source>(no case you can see)</source>
        <translation>(کوئی قابلِ رسائی مقدمہ نہیں)</translation>
    </message>
    <message>
        <source>Also appears in (%1)</source>
        <translation>دیگر مقدمات میں بھی (%1)</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>تصویر نہیں</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>تصویر منتخب کریں</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>تصاویر (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The file is not an image CaseLink can read.</source>
        <translation>یہ فائل ایسی تصویر نہیں جسے CaseLink پڑھ سکے۔</translation>
    </message>
    <message>
        <source>Set photo</source>
        <translation>تصویر لگائیں</translation>
    </message>
</context>
<context>
    <name>caselink::PersonRepository</name>
    <message>
        <source>Protected person %1</source>
        <translation>تحفظ یافتہ فرد %1</translation>
    </message>
    <message>
        <source>Give the person&apos;s name in Latin or Urdu script.</source>
        <translation>فرد کا نام لاطینی یا اردو رسم الخط میں درج کریں۔</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>یہ فرد اب موجود نہیں۔</translation>
    </message>
    <message>
        <source>Cannot prepare the person&apos;s details.</source>
        <translation>فرد کی تفصیلات تیار نہیں کی جا سکیں۔</translation>
    </message>
    <message>
        <source>Cannot update the search index.</source>
        <translation>تلاش کا اشاریہ اپ ڈیٹ نہیں کیا جا سکا۔</translation>
    </message>
    <message>
        <source>This person&apos;s details need the victim grant to change.</source>
        <translation>اس فرد کی تفصیلات میں تبدیلی کے لیے متاثرہ افراد کے ریکارڈ تک رسائی کی اجازت درکار ہے۔</translation>
    </message>
    <message>
        <source>No such person, or not in your scope.</source>
        <translation>ایسا کوئی فرد موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
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
    <name>caselink::RecordDialog</name>
    <message>
        <source>Choose…</source>
        <translation>منتخب کریں…</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>تبدیلیاں ترک کریں</translation>
    </message>
    <message>
        <source>Discard what you have entered in this dialog?</source>
        <translation>اس ڈائیلاگ میں درج کردہ معلومات ترک کر دیں؟</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(نامعلوم)</translation>
    </message>
</context>
<context>
    <name>caselink::RecordRemoval</name>
    <message>
        <source>The record no longer exists, or is not in your scope.</source>
        <translation>یہ ریکارڈ اب موجود نہیں، یا آپ کے دائرہ اختیار میں نہیں۔</translation>
    </message>
    <message>
        <source>The case holds persons, arrests or payments and cannot be removed.</source>
        <translation>اس مقدمے میں افراد، گرفتاریاں یا ادائیگیاں درج ہیں، اس لیے اسے حذف نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>No such person, or not in your scope.</source>
        <translation>ایسا کوئی فرد نہیں، یا آپ کے دائرہ اختیار میں نہیں۔</translation>
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
    <name>caselink::RedBook</name>
    <message>
        <source>Wanted</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Arrested</source>
        <translation>گرفتار</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>بیرونِ ملک</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>فوت شدہ</translation>
    </message>
    <message>
        <source>Removed from the list</source>
        <translation>فہرست سے خارج</translation>
    </message>
</context>
<context>
    <name>caselink::RedBookRepository</name>
    <message>
        <source>Red Book editions and entries are compiled by administrators and supervisors.</source>
        <translation>ریڈ بک کے ایڈیشن اور اندراجات منتظمین اور نگران مرتب کرتے ہیں۔</translation>
    </message>
    <message>
        <source>Give the edition&apos;s number and its year.</source>
        <translation>ایڈیشن کا نمبر اور سال درج کریں۔</translation>
    </message>
    <message>
        <source>Edition %1 of the Red Book exists already.</source>
        <translation>ریڈ بک کا ایڈیشن %1 پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>Give the entry&apos;s serial number.</source>
        <translation>اندراج کا سیریل نمبر درج کریں۔</translation>
    </message>
    <message>
        <source>wanted person</source>
        <translation>مطلوب شخص</translation>
    </message>
    <message>
        <source>Choose the wanted person.</source>
        <translation>مطلوب شخص منتخب کریں۔</translation>
    </message>
    <message>
        <source>Assign the entry to a zone.</source>
        <translation>اندراج کو کسی زون کے سپرد کریں۔</translation>
    </message>
    <message>
        <source>No such Red Book edition.</source>
        <translation>ریڈ بک کا ایسا کوئی ایڈیشن موجود نہیں۔</translation>
    </message>
    <message>
        <source>Serial %1 is taken in this edition.</source>
        <translation>اس ایڈیشن میں سیریل نمبر %1 پہلے سے استعمال ہو چکا ہے۔</translation>
    </message>
    <message>
        <source>Give the date of the change.</source>
        <translation>تبدیلی کی تاریخ درج کریں۔</translation>
    </message>
    <message>
        <source>No such Red Book entry, or not in your scope.</source>
        <translation>ریڈ بک کا ایسا کوئی اندراج موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::RedBookView</name>
    <message>
        <source>Red Book</source>
        <translation>ریڈ بک</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>ایڈیشن:</translation>
    </message>
    <message>
        <source>Edition %1 (%2)</source>
        <translation>ایڈیشن %1 (%2)</translation>
    </message>
    <message>
        <source>The Red Book could not be read: %1</source>
        <translation>ریڈ بک پڑھی نہیں جا سکی: %1</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>زون</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Arrested</source>
        <translation>گرفتار</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>بیرونِ ملک</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>فوت شدہ</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>خارج</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>کل</translation>
    </message>
    <message>
        <source>No Red Book edition is recorded in this database.</source>
        <translation>اس ڈیٹا بیس میں ریڈ بک کا کوئی ایڈیشن درج نہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>Edition %1, published %2: %n entries</source>
        <translation>
            <numerusform>ایڈیشن %1، اشاعت %2: %n اندراجات</numerusform>
            <numerusform>ایڈیشن %1، اشاعت %2: %n اندراجات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrested since publication</source>
        <translation>
            <numerusform>اشاعت کے بعد سے %n گرفتار</numerusform>
            <numerusform>اشاعت کے بعد سے %n گرفتار</numerusform>
        </translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>نمبر شمار</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>از</translation>
    </message>
    <message>
        <source>(not in your scope)</source>
        <translation>(آپ کے دائرہ اختیار میں نہیں)</translation>
    </message>
</context>
<context>
    <name>caselink::ReferencePage</name>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <source>no</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <source>Reference data</source>
        <translation>حوالہ جاتی ڈیٹا</translation>
    </message>
    <message>
        <source>Offence sections, event types and countries used across the database. Uncertain entries come from secondary sources and are marked.</source>
        <translation>ڈیٹا بیس میں استعمال ہونے والی جرائم کی دفعات، واقعات کی اقسام اور ممالک۔ غیر یقینی اندراجات ثانوی ذرائع سے لیے گئے ہیں اور ان پر نشان لگا ہے۔</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation>جرائم</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>واقعات کی اقسام</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>ممالک</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>ایکٹ</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>دفعہ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Title (Urdu)</source>
        <translation>عنوان (اردو)</translation>
    </message>
    <message>
        <source>Cognizable</source>
        <translation>قابلِ دست اندازی</translation>
    </message>
    <message>
        <source>Bailable</source>
        <translation>قابلِ ضمانت</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>سزا</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ماخذ</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>غیر یقینی</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>مرحلہ</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>قانونی حوالہ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Name (Urdu)</source>
        <translation>نام (اردو)</translation>
    </message>
    <message>
        <source>Trusted office keys</source>
        <translation>معتبر دفتری کلیدیں</translation>
    </message>
</context>
<context>
    <name>caselink::ReferenceRepository</name>
    <message>
        <source>&quot;%1&quot; is not a valid %2.</source>
        <translation>&quot;%1&quot; درست %2 نہیں۔</translation>
    </message>
    <message>
        <source>Only administrators can change reference data.</source>
        <translation>حوالہ جاتی ڈیٹا میں تبدیلی صرف منتظمین کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>No such offence section.</source>
        <translation>جرم کی ایسی کوئی دفعہ موجود نہیں۔</translation>
    </message>
    <message>
        <source>offence code (e.g. PSMA-6, EO-17(2))</source>
        <translation>جرم کا کوڈ (مثلاً PSMA-6، EO-17(2))</translation>
    </message>
    <message>
        <source>An offence needs its act, section and English title.</source>
        <translation>جرم کے اندراج کے لیے قانون، دفعہ اور انگریزی عنوان درکار ہیں۔</translation>
    </message>
    <message>
        <source>The offence code %1 exists already.</source>
        <translation>جرم کا کوڈ %1 پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>event type code (e.g. FIR_REGISTERED)</source>
        <translation>واقعے کی قسم کا کوڈ (مثلاً FIR_REGISTERED)</translation>
    </message>
    <message>
        <source>An event type needs its English title.</source>
        <translation>واقعے کی قسم کے لیے اس کا انگریزی عنوان درکار ہے۔</translation>
    </message>
    <message>
        <source>The event type %1 exists already.</source>
        <translation>واقعے کی قسم %1 پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>No such event type.</source>
        <translation>واقعے کی ایسی کوئی قسم موجود نہیں۔</translation>
    </message>
    <message>
        <source>two-letter country code (ISO 3166)</source>
        <translation>ملک کا دو حرفی کوڈ (ISO 3166)</translation>
    </message>
    <message>
        <source>A country needs its English name.</source>
        <translation>ملک کے اندراج کے لیے اس کا انگریزی نام درکار ہے۔</translation>
    </message>
    <message>
        <source>The country %1 exists already.</source>
        <translation>ملک %1 پہلے سے موجود ہے۔</translation>
    </message>
    <message>
        <source>No such country.</source>
        <translation>ایسا کوئی ملک موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::RemandDialog</name>
    <message>
        <source>Remand order</source>
        <translation>ریمانڈ آرڈر</translation>
    </message>
    <message>
        <source>%1, arrested %2</source>
        <translation>%1، گرفتاری %2</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>گرفتاری</translation>
    </message>
    <message>
        <source>Record the arrest first.</source>
        <translation>پہلے گرفتاری درج کریں۔</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>حراست</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Magistrate</source>
        <translation>مجسٹریٹ</translation>
    </message>
    <message>
        <source>Order reference</source>
        <translation>آرڈر حوالہ</translation>
    </message>
    <message>
        <source>The remand ends before it starts.</source>
        <translation>ریمانڈ کی اختتامی تاریخ آغاز سے پہلے ہے۔</translation>
    </message>
    <message>
        <source>Add remand order</source>
        <translation>ریمانڈ آرڈر شامل کریں</translation>
    </message>
</context>
<context>
    <name>caselink::RepositoryContext</name>
    <message>
        <source>The database is open read-only.</source>
        <translation>ڈیٹا بیس صرف مطالعے کے لیے کھلا ہے۔</translation>
    </message>
    <message>
        <source>Your role can read assigned cases but not change them.</source>
        <translation>آپ کا کردار سپرد کیے گئے مقدمات پڑھ سکتا ہے لیکن ان میں تبدیلی نہیں کر سکتا۔</translation>
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
    <name>caselink::RouteLeg</name>
    <message>
        <source>Air</source>
        <translation>فضائی</translation>
    </message>
    <message>
        <source>Land</source>
        <translation>زمینی</translation>
    </message>
    <message>
        <source>Sea</source>
        <translation>سمندری</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Crossed</source>
        <translation>سرحد عبور کر لی</translation>
    </message>
    <message>
        <source>Intercepted</source>
        <translation>روک لیا گیا</translation>
    </message>
    <message>
        <source>Deported</source>
        <translation>ڈی پورٹ کیا گیا</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>جاں بحق</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>لاپتہ</translation>
    </message>
    <message>
        <source>Offloaded</source>
        <translation>آف لوڈ کیا گیا</translation>
    </message>
</context>
<context>
    <name>caselink::RouteLegDialog</name>
    <message>
        <source>Add route leg</source>
        <translation>راستے کا مرحلہ شامل کریں</translation>
    </message>
    <message>
        <source>(the case&apos;s general route)</source>
        <translation>(مقدمے کا عمومی راستہ)</translation>
    </message>
    <message>
        <source>e.g. Gujrat</source>
        <translation>مثلاً گجرات</translation>
    </message>
    <message>
        <source>e.g. Quetta</source>
        <translation>مثلاً کوئٹہ</translation>
    </message>
    <message>
        <source>e.g. Taftan</source>
        <translation>مثلاً تفتان</translation>
    </message>
    <message>
        <source>DD-MM-YYYY</source>
        <translation>DD-MM-YYYY</translation>
    </message>
    <message>
        <source>Traveller</source>
        <translation>مسافر</translation>
    </message>
    <message>
        <source>From country</source>
        <translation>روانگی کا ملک</translation>
    </message>
    <message>
        <source>From place</source>
        <translation>روانگی کا مقام</translation>
    </message>
    <message>
        <source>Enter where the leg starts.</source>
        <translation>درج کریں کہ یہ مرحلہ کہاں سے شروع ہوتا ہے۔</translation>
    </message>
    <message>
        <source>To country</source>
        <translation>منزل کا ملک</translation>
    </message>
    <message>
        <source>To place</source>
        <translation>منزل کا مقام</translation>
    </message>
    <message>
        <source>Enter where the leg ends.</source>
        <translation>درج کریں کہ یہ مرحلہ کہاں ختم ہوتا ہے۔</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>ذریعہ سفر</translation>
    </message>
    <message>
        <source>Border point</source>
        <translation>سرحدی مقام</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجہ</translation>
    </message>
</context>
<context>
    <name>caselink::RoutePanel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Traveller</source>
        <translation>مسافر</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>ذریعہ سفر</translation>
    </message>
    <message>
        <source>Border point</source>
        <translation>سرحدی مقام</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <source>Add leg…</source>
        <translation>مرحلہ شامل کریں…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>General route of the case</source>
        <translation>مقدمے کا عمومی راستہ</translation>
    </message>
</context>
<context>
    <name>caselink::RouteRepository</name>
    <message>
        <source>From</source>
        <translation>روانگی کا ملک</translation>
    </message>
    <message>
        <source>To</source>
        <translation>منزل کا ملک</translation>
    </message>
    <message>
        <source>traveller</source>
        <translation>مسافر</translation>
    </message>
    <message>
        <source>facilitator</source>
        <translation>سہولت کار</translation>
    </message>
    <message>
        <source>The document used must be one recorded in the same case.</source>
        <translation>استعمال شدہ دستاویز اسی مقدمے میں درج کوئی دستاویز ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>The leg&apos;s date is in the future.</source>
        <translation>سفری مرحلے کی تاریخ مستقبل میں ہے۔</translation>
    </message>
    <message>
        <source>The route leg no longer exists.</source>
        <translation>یہ سفری مرحلہ اب موجود نہیں۔</translation>
    </message>
    <message>
        <source>No such route leg, or not in your scope.</source>
        <translation>ایسا کوئی سفری مرحلہ موجود نہیں، یا وہ آپ کے دائرۂ اختیار میں نہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::RowSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 نہیں کھل سکی: %2</translation>
    </message>
    <message>
        <source>A sheet can only be chosen in an .xlsx workbook.</source>
        <translation>شیٹ صرف .xlsx ورک بک میں منتخب کی جا سکتی ہے۔</translation>
    </message>
    <message>
        <source>The file holds no rows.</source>
        <translation>فائل میں کوئی قطار نہیں۔</translation>
    </message>
    <message>
        <source>The file is not Unicode; it was read as %1. Check that names look right.</source>
        <translation>فائل یونیکوڈ میں نہیں؛ اسے %1 کے طور پر پڑھا گیا۔ تسلی کر لیں کہ نام درست نظر آ رہے ہیں۔</translation>
    </message>
    <message>
        <source>Some bytes were not valid %1 and were replaced.</source>
        <translation>کچھ بائٹس درست %1 نہیں تھے اور تبدیل کر دیے گئے۔</translation>
    </message>
    <message numerus="yes">
        <source>%n blank line(s) skipped.</source>
        <translation>
            <numerusform>%n خالی سطریں چھوڑ دی گئیں۔</numerusform>
            <numerusform>%n خالی سطریں چھوڑ دی گئیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 پڑھی نہیں جا سکی۔</translation>
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
</context>
<context>
    <name>caselink::SessionPages</name>
    <message>
        <source>Cases</source>
        <translation>مقدمات</translation>
    </message>
    <message>
        <source>Filter by FIR or enquiry number (C-188/2023, 188, ENQ-…)</source>
        <translation>ایف آئی آر یا انکوائری نمبر سے فلٹر کریں (C-188/2023، 188، ENQ-…)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Filter by name in English or Urdu, or CNIC</source>
        <translation>انگریزی یا اردو نام، یا شناختی کارڈ نمبر سے فلٹر کریں</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>تنظیمیں</translation>
    </message>
    <message>
        <source>Filter by the start of a name or a registration number</source>
        <translation>نام کے ابتدائی حصے یا رجسٹریشن نمبر سے فلٹر کریں</translation>
    </message>
    <message>
        <source>Arrests</source>
        <translation>گرفتاریاں</translation>
    </message>
    <message>
        <source>Filter by category or the start of the case&apos;s FIR or enquiry number</source>
        <translation>زمرے یا مقدمے کی ایف آئی آر یا انکوائری نمبر کے ابتدائی حصے سے فلٹر کریں</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>شواہد</translation>
    </message>
    <message>
        <source>Evidence is kept with its case. Open a case from Cases or the search field (Ctrl+K) and choose its Evidence page.</source>
        <translation>شواہد اپنے مقدمے کے ساتھ محفوظ ہوتے ہیں۔ مقدمات یا سرچ فیلڈ (Ctrl+K) سے مقدمہ کھولیں اور اس کا شواہد صفحہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>اعداد و شمار</translation>
    </message>
    <message>
        <source>Statistics over the cases in your scope are not part of this build yet.</source>
        <translation>آپ کے دائرہ اختیار کے مقدمات کے اعداد و شمار ابھی اس ورژن میں شامل نہیں۔</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>آڈٹ لاگ</translation>
    </message>
    <message>
        <source>Filter by the start of an action (person., case.) or a user name</source>
        <translation>کارروائی کے ابتدائی حصے (person.، case.) یا صارف نام سے فلٹر کریں</translation>
    </message>
</context>
<context>
    <name>caselink::StatisticsDashboard</name>
    <message>
        <source>Click a bar or slice to list the records behind it.</source>
        <translation>کسی بار یا حصے پر کلک کریں تاکہ اس کے پیچھے موجود ریکارڈ کی فہرست دکھائی جائے۔</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>مقدمہ</translation>
    </message>
    <message>
        <source>Computing the statistics…</source>
        <translation>اعداد و شمار تیار کیے جا رہے ہیں…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>All offices in scope</source>
        <translation>دائرہ اختیار کے تمام دفاتر</translation>
    </message>
    <message>
        <source>Any offence</source>
        <translation>کوئی بھی جرم</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>کوئی بھی زمرہ</translation>
    </message>
    <message>
        <source>Compare year </source>
        <translation>موازنہ سال </translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازہ کریں</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ایکسپورٹ…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>تا</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %3: %n record(s). Double-click a row to open its case.</source>
        <translation>
            <numerusform>%1 — %2، %3: %n ریکارڈ۔ مقدمہ کھولنے کے لیے قطار پر ڈبل کلک کریں۔</numerusform>
            <numerusform>%1 — %2، %3: %n ریکارڈ۔ مقدمہ کھولنے کے لیے قطار پر ڈبل کلک کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 لکھی نہیں جا سکی: %2</translation>
    </message>
    <message>
        <source>CaseLink statistics</source>
        <translation>CaseLink اعداد و شمار</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 لکھی نہیں جا سکی۔</translation>
    </message>
    <message>
        <source>Workbook (XLSX)…</source>
        <translation>ورک بک (XLSX)…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF رپورٹ…</translation>
    </message>
    <message>
        <source>PNG per chart…</source>
        <translation>ہر چارٹ کی PNG…</translation>
    </message>
    <message>
        <source>Folder for the chart images</source>
        <translation>چارٹ تصاویر کے لیے فولڈر</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>ورک بکس (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV فائلیں (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>اعداد و شمار ایکسپورٹ کریں</translation>
    </message>
    <message>
        <source>Statistics exported.</source>
        <translation>اعداد و شمار ایکسپورٹ ہو گئے۔</translation>
    </message>
    <message>
        <source>Computing the statistics</source>
        <translation>اعداد و شمار تیار کیے جا رہے ہیں</translation>
    </message>
    <message>
        <source>Arrests of this year against the year before, month by month.</source>
        <translation>اس سال کی گرفتاریاں پچھلے سال کے مقابلے میں، مہینہ بہ مہینہ۔</translation>
    </message>
    <message>
        <source>Arrested person</source>
        <translation>گرفتار شخص</translation>
    </message>
    <message>
        <source>Paid by → to</source>
        <translation>ادا کنندہ سے وصول کنندہ کو</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>اثاثہ</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>مقدمے کا عنوان</translation>
    </message>
</context>
<context>
    <name>caselink::StatisticsQuery</name>
    <message>
        <source>The start date %1 is after the end date %2.</source>
        <translation>آغاز کی تاریخ %1 اختتام کی تاریخ %2 کے بعد ہے۔</translation>
    </message>
    <message>
        <source>There is no office with that identifier.</source>
        <translation>اس شناخت کنندہ کا کوئی دفتر نہیں۔</translation>
    </message>
    <message>
        <source>Unknown arrest category %1: use GENERAL, PROCLAIMED_OFFENDER, COURT_ABSCONDER or MOST_WANTED.</source>
        <translation>نامعلوم گرفتاری زمرہ %1: GENERAL، PROCLAIMED_OFFENDER، COURT_ABSCONDER یا MOST_WANTED استعمال کریں۔</translation>
    </message>
    <message>
        <source>The comparison year %1 is out of range.</source>
        <translation>موازنہ سال %1 حد سے باہر ہے۔</translation>
    </message>
    <message>
        <source>Unknown offence section %1.</source>
        <translation>نامعلوم دفعہ جرم %1۔</translation>
    </message>
    <message>
        <source>Case pipeline: enquiries, FIRs, challans, convictions</source>
        <translation>مقدمات کا سلسلہ: انکوائریاں، ایف آئی آرز، چالان، سزائیں</translation>
    </message>
    <message>
        <source>Enquiries</source>
        <translation>انکوائریاں</translation>
    </message>
    <message>
        <source>FIRs</source>
        <translation>ایف آئی آرز</translation>
    </message>
    <message>
        <source>Challans</source>
        <translation>چالان</translation>
    </message>
    <message>
        <source>Decided (convicted + acquitted)</source>
        <translation>فیصلہ شدہ (سزا یافتہ + بری)</translation>
    </message>
    <message>
        <source>Convictions</source>
        <translation>سزائیں</translation>
    </message>
    <message>
        <source>Conviction rate %</source>
        <translation>شرحِ سزا %</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>مقدمات</translation>
    </message>
    <message>
        <source>Conviction rate = convictions / decided cases (convicted + acquitted), not / FIRs: %1.</source>
        <translation>شرحِ سزا = سزائیں / فیصلہ شدہ مقدمات (سزا یافتہ + بری)، نہ کہ / ایف آئی آرز: %1۔</translation>
    </message>
    <message>
        <source>no decided case</source>
        <translation>کوئی فیصلہ شدہ مقدمہ نہیں</translation>
    </message>
    <message>
        <source>Interim challan timeliness (14 + 3 days after the FIR)</source>
        <translation>عبوری چالان کی بروقت پیشی (ایف آئی آر کے بعد 14 + 3 دن)</translation>
    </message>
    <message>
        <source>Within 17 days</source>
        <translation>17 دن کے اندر</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>تاخیر سے</translation>
    </message>
    <message>
        <source>Overdue, none submitted</source>
        <translation>میعاد گزر چکی، کوئی جمع نہیں</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>ابھی میعاد باقی</translation>
    </message>
    <message>
        <source>Share on time %</source>
        <translation>بروقت تناسب %</translation>
    </message>
    <message>
        <source>FIR cases</source>
        <translation>ایف آئی آر مقدمات</translation>
    </message>
    <message>
        <source>Share on time = interim (or final) challans submitted within 17 days of the FIR / all submitted.</source>
        <translation>بروقت تناسب = ایف آئی آر کے 17 دن کے اندر جمع شدہ عبوری (یا حتمی) چالان / کل جمع شدہ۔</translation>
    </message>
    <message>
        <source>Fees paid by route (median PKR)</source>
        <translation>راستے کے لحاظ سے ادا شدہ فیس (وسطانیہ PKR)</translation>
    </message>
    <message>
        <source>Median PKR</source>
        <translation>وسطانیہ PKR</translation>
    </message>
    <message>
        <source>Assets seized, frozen and attached</source>
        <translation>ضبط، منجمد اور قرق شدہ اثاثے</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>اثاثے</translation>
    </message>
    <message>
        <source>Value PKR</source>
        <translation>مالیت PKR</translation>
    </message>
    <message>
        <source>Accused persons by nationality and EU route (partner exchange)</source>
        <translation>قومیت اور EU روٹ کے لحاظ سے ملزمان (شراکت دار تبادلہ)</translation>
    </message>
    <message>
        <source>Unknown statistics table %1.</source>
        <translation>نامعلوم شماریاتی جدول %1۔</translation>
    </message>
    <message>
        <source>That cell is not part of the table.</source>
        <translation>یہ خانہ جدول کا حصہ نہیں۔</translation>
    </message>
    <message>
        <source>This count is too small to list its records without the victims grant.</source>
        <translation>یہ تعداد اتنی کم ہے کہ متاثرین کی اجازت کے بغیر اس کے ریکارڈ کی فہرست نہیں دکھائی جا سکتی۔</translation>
    </message>
    <message>
        <source>Choose one of the two years to list its arrests.</source>
        <translation>گرفتاریوں کی فہرست کے لیے دونوں میں سے ایک سال منتخب کریں۔</translation>
    </message>
    <message>
        <source>A rate has no records of its own; choose a stage.</source>
        <translation>شرح کا اپنا کوئی ریکارڈ نہیں؛ کوئی مرحلہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Open the Red Book to see its entries.</source>
        <translation>اندراجات دیکھنے کے لیے ریڈ بک کھولیں۔</translation>
    </message>
    <message>
        <source>Victims by home district</source>
        <translation>آبائی ضلع کے لحاظ سے متاثرین</translation>
    </message>
    <message>
        <source>Victims by sex</source>
        <translation>جنس کے لحاظ سے متاثرین</translation>
    </message>
    <message>
        <source>Victims by age band (at case registration)</source>
        <translation>عمر کے گروپ کے لحاظ سے متاثرین (مقدمہ درج ہونے کے وقت)</translation>
    </message>
    <message>
        <source>Victims by outcome</source>
        <translation>نتیجے کے لحاظ سے متاثرین</translation>
    </message>
    <message>
        <source>Arrests per month by category</source>
        <translation>زمرے کے لحاظ سے ماہانہ گرفتاریاں</translation>
    </message>
    <message>
        <source>Arrests by zone</source>
        <translation>زون کے لحاظ سے گرفتاریاں</translation>
    </message>
    <message>
        <source>Arrests by circle</source>
        <translation>سرکل کے لحاظ سے گرفتاریاں</translation>
    </message>
    <message>
        <source>Counted by the arresting unit.</source>
        <translation>گرفتار کرنے والے یونٹ کے لحاظ سے شمار۔</translation>
    </message>
    <message>
        <source>Arrests %1 against %2</source>
        <translation>گرفتاریاں %1 بمقابلہ %2</translation>
    </message>
    <message>
        <source>Change = (%1 - %2) / %2 × 100. No percentage is given where %2 had no arrest (—).</source>
        <translation>تبدیلی = (%1 - %2) / %2 × 100۔ جہاں %2 میں کوئی گرفتاری نہیں تھی وہاں فیصد نہیں دیا گیا (—)۔</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>تبدیلی %</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <source>Red Book progress by zone</source>
        <translation>زون کے لحاظ سے ریڈ بک پیش رفت</translation>
    </message>
    <message>
        <source>Red Book edition %1 (%2): progress by zone</source>
        <translation>ریڈ بک ایڈیشن %1 (%2): زون کے لحاظ سے پیش رفت</translation>
    </message>
    <message>
        <source>Status of each most-wanted entry of the latest edition; dates do not apply.</source>
        <translation>تازہ ترین ایڈیشن کے ہر انتہائی مطلوب اندراج کی حیثیت؛ تاریخیں لاگو نہیں ہوتیں۔</translation>
    </message>
    <message>
        <source>Wanted</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Arrested</source>
        <translation>گرفتار</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>بیرونِ ملک</translation>
    </message>
    <message>
        <source>Victims</source>
        <translation>متاثرین</translation>
    </message>
    <message>
        <source>Smuggled migrants and trafficking victims in a role per case. Counts from 1 to %1 are shown as &lt;%2 so that no victim can be singled out.</source>
        <translation>ہر مقدمے میں کسی کردار میں اسمگل شدہ تارکینِ وطن اور انسانی اسمگلنگ کے متاثرین۔ 1 سے %1 تک کی تعداد &lt;%2 کے طور پر دکھائی جاتی ہے تاکہ کسی متاثرہ فرد کی نشاندہی نہ ہو سکے۔</translation>
    </message>
    <message>
        <source>Smuggled migrants and trafficking victims in a role per case.</source>
        <translation>ہر مقدمے میں کسی کردار میں اسمگل شدہ تارکینِ وطن اور انسانی اسمگلنگ کے متاثرین۔</translation>
    </message>
    <message>
        <source>A fee is a payment with its instalments, in PKR rounded to three significant figures, by the EU route code of its case and dated by its first payment.</source>
        <translation>فیس سے مراد ایک ادائیگی اور اس کی اقساط ہیں، پاکستانی روپے میں تین بامعنی ہندسوں تک گول کی گئی، اپنے کیس کے یورپی یونین روٹ کوڈ کے لحاظ سے اور پہلی ادائیگی کی تاریخ سے۔</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>فیسیں</translation>
    </message>
    <message>
        <source>Persons in an accused role per case (a person accused in two cases counts in each); counts only, no names.</source>
        <translation>ہر کیس میں ملزم کے کردار والے افراد (دو کیسوں کا ملزم ہر کیس میں گنا جاتا ہے)؛ صرف تعداد، کوئی نام نہیں۔</translation>
    </message>
    <message>
        <source>Arrests made in the month, by the category the arrest was recorded under.</source>
        <translation>مہینے میں کی گئی گرفتاریاں، اس زمرے کے لحاظ سے جس میں گرفتاری درج ہوئی۔</translation>
    </message>
    <message>
        <source>Arrests made by the zone&apos;s circles and posts, by category.</source>
        <translation>زون کے سرکلز اور چوکیوں کی گرفتاریاں، زمرے کے لحاظ سے۔</translation>
    </message>
    <message>
        <source>Arrests made by the circle, by category.</source>
        <translation>سرکل کی گرفتاریاں، زمرے کے لحاظ سے۔</translation>
    </message>
    <message>
        <source>Arrests made in the month of each year; the change is against the same month of %1.</source>
        <translation>ہر سال کے اس مہینے کی گرفتاریاں؛ تبدیلی %1 کے اسی مہینے کے مقابلے میں ہے۔</translation>
    </message>
    <message>
        <source>Most-wanted persons of the edition listed for the zone, by their status now.</source>
        <translation>ایڈیشن میں زون کے لیے درج انتہائی مطلوب افراد، ان کی موجودہ حیثیت کے لحاظ سے۔</translation>
    </message>
    <message>
        <source>Smuggled migrants and trafficking victims, once per case they are a victim in.</source>
        <translation>اسمگل شدہ تارکین وطن اور انسانی اسمگلنگ کے متاثرین، ہر اس مقدمے میں ایک بار جس میں وہ متاثر ہیں۔</translation>
    </message>
    <message>
        <source>Fees (a payment with its instalments) of cases on the route; the median of their PKR amounts.</source>
        <translation>اس روٹ کے مقدمات کی فیسیں (ایک ادائیگی اپنی اقساط سمیت)؛ ان کی روپے میں رقوم کا وسطانیہ۔</translation>
    </message>
    <message>
        <source>Assets taken by this action, and their value in PKR as recorded.</source>
        <translation>اس کارروائی کے تحت لیے گئے اثاثے، اور درج شدہ روپے میں ان کی مالیت۔</translation>
    </message>
    <message>
        <source>Persons in an accused role per case, by their nationality and the route of the case.</source>
        <translation>ہر مقدمے میں ملزم کے کردار میں افراد، ان کی قومیت اور مقدمے کے روٹ کے لحاظ سے۔</translation>
    </message>
    <message>
        <source>Cases dated in the period (by FIR, else enquiry) that have reached this stage.</source>
        <translation>اس مدت کے مقدمات (ایف آئی آر، ورنہ انکوائری کی تاریخ سے) جو اس مرحلے تک پہنچ چکے ہیں۔</translation>
    </message>
    <message>
        <source>FIR cases by when their first interim or final challan was submitted (due 17 days after the FIR).</source>
        <translation>ایف آئی آر والے مقدمات، اس لحاظ سے کہ ان کا پہلا عبوری یا حتمی چالان کب جمع ہوا (ایف آئی آر کے 17 دن بعد واجب)۔</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>درج نہیں</translation>
    </message>
    <message>
        <source>Age not recorded</source>
        <translation>عمر درج نہیں</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 سال</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 سے %2 کو</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>درج نہیں</translation>
    </message>
</context>
<context>
    <name>caselink::StatisticsReport</name>
    <message>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>قطار</translation>
    </message>
    <message>
        <source>Cannot create the workbook %1.</source>
        <translation>ورک بک %1 بنائی نہیں جا سکی۔</translation>
    </message>
    <message>
        <source>Cannot write the workbook %1.</source>
        <translation>ورک بک %1 لکھی نہیں جا سکی۔</translation>
    </message>
</context>
<context>
    <name>caselink::SyntheticGenerator</name>
    <message>
        <source>Synthetic data is only generated into a database created as synthetic.</source>
        <translation>فرضی ڈیٹا صرف اسی ڈیٹا بیس میں بنایا جاتا ہے جو فرضی ڈیمو ڈیٹا بیس کے طور پر بنایا گیا ہو۔</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>ڈیٹا بیس صرف مطالعے کے لیے کھلا ہے۔</translation>
    </message>
    <message>
        <source>The database already holds cases; synthetic data goes into an empty database only.</source>
        <translation>ڈیٹا بیس میں پہلے سے مقدمات موجود ہیں؛ فرضی ڈیٹا صرف خالی ڈیٹا بیس میں ڈالا جاتا ہے۔</translation>
    </message>
</context>
<context>
    <name>caselink::TimelineCanvas</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… اور %n مزید</numerusform>
            <numerusform>… اور %n مزید</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caselink::TimelineEvent</name>
    <message>
        <source>Pre-trial</source>
        <translation>سماعت سے قبل</translation>
    </message>
    <message>
        <source>Absconders and lists</source>
        <translation>مفرور اور فہرستیں</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>سماعت</translation>
    </message>
</context>
<context>
    <name>caselink::TimelinePanel</name>
    <message>
        <source>Event types</source>
        <translation>واقعات کی اقسام</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>زوم اِن</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>زوم آؤٹ</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>پورا دکھائیں</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ایکسپورٹ…</translation>
    </message>
    <message>
        <source>No dated events are recorded yet.</source>
        <translation>ابھی تک کوئی تاریخ وار واقعہ درج نہیں۔</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 لکھی نہیں جا سکی۔</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG تصویر…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>ٹائم لائن ایکسپورٹ کریں</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG تصاویر (*.png)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
</context>
<context>
    <name>caselink::TimelineQuery</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Payment of %1</source>
        <translation>%1 کی ادائیگی</translation>
    </message>
    <message>
        <source>Payment of %1 to %2</source>
        <translation>%2 کو %1 کی ادائیگی</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Travel %1 → %2 (%3)</source>
        <translation>سفر %1 ← %2 (%3)</translation>
    </message>
    <message>
        <source>via %1; %2</source>
        <translation>براستہ %1؛ %2</translation>
    </message>
    <message>
        <source>%1 %2 used (%3)</source>
        <translation>%1 %2 استعمال ہوا (%3)</translation>
    </message>
    <message>
        <source>Person not visible</source>
        <translation>فرد نظر سے اوجھل</translation>
    </message>
    <message>
        <source>Timeline of case %1</source>
        <translation>مقدمہ %1 کی ٹائم لائن</translation>
    </message>
    <message>
        <source>Interim challan due (s.173)</source>
        <translation>عبوری چالان کی میعاد (دفعہ 173)</translation>
    </message>
    <message>
        <source>Production before a magistrate due (s.61)</source>
        <translation>مجسٹریٹ کے سامنے پیشی کی میعاد (دفعہ 61)</translation>
    </message>
    <message>
        <source>Physical remand expires (s.167)</source>
        <translation>جسمانی ریمانڈ کی میعاد ختم (دفعہ 167)</translation>
    </message>
    <message>
        <source>None of these persons is visible to you.</source>
        <translation>ان میں سے کوئی فرد آپ کو نظر نہیں آ سکتا۔</translation>
    </message>
    <message>
        <source>Timeline of %1</source>
        <translation>%1 کی ٹائم لائن</translation>
    </message>
</context>
<context>
    <name>caselink::TrustedKeyRepository</name>
    <message>
        <source>Only an administrator can change the trusted office keys.</source>
        <translation>معتبر دفتری کلیدیں صرف منتظم تبدیل کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>The key file</source>
        <translation>کلید کی فائل</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key fingerprint: it has 64 hex digits, as &quot;3f2a 91c0 ...&quot; in 16 groups of four.</source>
        <translation>&quot;%1&quot; کلید کا فنگر پرنٹ نہیں: فنگر پرنٹ میں 64 ہیکس ہندسے ہوتے ہیں، جیسے &quot;3f2a 91c0 ...&quot;، چار چار کے 16 گروپوں میں۔</translation>
    </message>
    <message>
        <source>The key in this file has the fingerprint %1, not the one you were given. Do not trust it: the file may have been replaced on the way. Ask the office for its key again.</source>
        <translation>اس فائل میں موجود کلید کا فنگر پرنٹ %1 ہے، وہ نہیں جو آپ کو بتایا گیا۔ اس پر اعتماد نہ کریں: ہو سکتا ہے راستے میں فائل بدل دی گئی ہو۔ دفتر سے اس کی کلید دوبارہ منگوائیں۔</translation>
    </message>
    <message>
        <source>This is this database&apos;s own office key (%1); it is trusted already.</source>
        <translation>یہ اس ڈیٹا بیس کے اپنے دفتر کی کلید ہے (%1)؛ یہ پہلے سے معتبر ہے۔</translation>
    </message>
    <message>
        <source>This key is trusted already, for %1 since %2 (added by %3).</source>
        <translation>یہ کلید پہلے سے معتبر ہے، %1 کے لیے %2 سے (شامل کنندہ %3)۔</translation>
    </message>
    <message>
        <source>Give the key&apos;s fingerprint, or at least its first %1 hex digits.</source>
        <translation>کلید کا فنگر پرنٹ دیں، یا کم از کم اس کے پہلے %1 ہیکس ہندسے۔</translation>
    </message>
    <message>
        <source>No trusted office key has the fingerprint %1.</source>
        <translation>کسی معتبر دفتری کلید کا فنگر پرنٹ %1 نہیں ہے۔</translation>
    </message>
    <message>
        <source>%1 trusted keys start with %2; give more of the fingerprint.</source>
        <translation>%1 معتبر کلیدیں %2 سے شروع ہوتی ہیں؛ فنگر پرنٹ کا مزید حصہ دیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::TrustedKeysPage</name>
    <message>
        <source>Add key from file…</source>
        <translation>فائل سے کلید شامل کریں…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>منسوخ کریں…</translation>
    </message>
    <message>
        <source>Export this office&apos;s key…</source>
        <translation>اس دفتر کی کلید برآمد کریں…</translation>
    </message>
    <message>
        <source>Bundles from other offices are imported only when they are signed by one of these keys or by this database&apos;s own. Send your key to the offices that import your bundles and read its fingerprint to them by phone.</source>
        <translation>دوسرے دفاتر کے بنڈل صرف تب امپورٹ ہوتے ہیں جب ان پر انہی کلیدوں میں سے کسی یا اس ڈیٹا بیس کی اپنی کلید کا دستخط ہو۔ اپنی کلید ان دفاتر کو بھیجیں جو آپ کے بنڈل امپورٹ کرتے ہیں، اور اس کا فنگر پرنٹ انہیں فون پر پڑھ کر سنائیں۔</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>فنگر پرنٹ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>شامل کیا گیا</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>نوٹ</translation>
    </message>
    <message>
        <source>This database signs its bundles as %1 with its own key, the first row below.</source>
        <translation>یہ ڈیٹا بیس اپنے بنڈلوں پر %1 کے طور پر اپنی کلید سے دستخط کرتا ہے، جو نیچے پہلی قطار میں ہے۔</translation>
    </message>
    <message>
        <source>Own key of this database</source>
        <translation>اس ڈیٹا بیس کی اپنی کلید</translation>
    </message>
    <message>
        <source>Revoked on %1 by %2</source>
        <translation>%1 کو %2 نے منسوخ کی</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>معتبر</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Choose an office&apos;s public key</source>
        <translation>کسی دفتر کی عوامی کلید منتخب کریں</translation>
    </message>
    <message>
        <source>Public keys (*.pem);;All files (*)</source>
        <translation>عوامی کلیدیں (*.pem);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 پڑھی نہیں جا سکتی: %2</translation>
    </message>
    <message>
        <source>The key %1 is trusted now.</source>
        <translation>کلید %1 اب معتبر ہے۔</translation>
    </message>
    <message>
        <source>Bundles signed by the key %1 of %2 will be refused from now on. Why is it revoked?</source>
        <translation>%2 کی کلید %1 سے دستخط شدہ بنڈل اب سے مسترد ہوں گے۔ اسے کیوں منسوخ کیا جا رہا ہے؟</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>کلید منسوخ کریں</translation>
    </message>
    <message>
        <source>The key of %1 is revoked.</source>
        <translation>%1 کی کلید منسوخ کر دی گئی۔</translation>
    </message>
    <message>
        <source>Save this office&apos;s public key</source>
        <translation>اس دفتر کی عوامی کلید محفوظ کریں</translation>
    </message>
    <message>
        <source>Public keys (*.pem)</source>
        <translation>عوامی کلیدیں (*.pem)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 لکھی نہیں جا سکی: %2</translation>
    </message>
    <message>
        <source>Saved %1. Read the fingerprint %2 to the receiving office by phone.</source>
        <translation>%1 محفوظ ہو گئی۔ وصول کرنے والے دفتر کو فنگر پرنٹ %2 فون پر پڑھ کر سنائیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::UndoCommand</name>
    <message>
        <source>The command has nothing to do.</source>
        <translation>اس عمل سے کوئی تبدیلی نہیں ہوتی۔</translation>
    </message>
    <message>
        <source>The command cannot be undone.</source>
        <translation>یہ عمل کالعدم نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>فرد میں ترمیم</translation>
    </message>
    <message>
        <source>Merge persons</source>
        <translation>افراد کا انضمام</translation>
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
    <name>caselink::ValidationText</name>
    <message>
        <source>Khyber Pakhtunkhwa</source>
        <translation>خیبر پختونخوا</translation>
    </message>
    <message>
        <source>FATA</source>
        <translation>فاٹا</translation>
    </message>
    <message>
        <source>Punjab</source>
        <translation>پنجاب</translation>
    </message>
    <message>
        <source>Sindh</source>
        <translation>سندھ</translation>
    </message>
    <message>
        <source>Balochistan</source>
        <translation>بلوچستان</translation>
    </message>
    <message>
        <source>Islamabad</source>
        <translation>اسلام آباد</translation>
    </message>
    <message>
        <source>Gilgit-Baltistan</source>
        <translation>گلگت بلتستان</translation>
    </message>
    <message>
        <source>unknown region</source>
        <translation>نامعلوم علاقہ</translation>
    </message>
    <message>
        <source>CNIC</source>
        <translation>شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <source>Enter the 13-digit CNIC or NICOP number, e.g. 12345-1234567-1.</source>
        <translation>13 ہندسوں پر مشتمل شناختی کارڈ (سی این آئی سی) یا نائیکوپ نمبر درج کریں، مثلاً 12345-1234567-1۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &quot;%2&quot;, which cannot be part of a CNIC. A CNIC has only digits and dashes, e.g. 12345-1234567-1.</source>
        <translation>&quot;%1&quot; میں &quot;%2&quot; شامل ہے، جو شناختی کارڈ نمبر کا حصہ نہیں ہو سکتا۔ شناختی کارڈ نمبر میں صرف ہندسے اور ڈیش ہوتے ہیں، مثلاً 12345-1234567-1۔</translation>
    </message>
    <message numerus="yes">
        <source>A CNIC or NICOP number has 13 digits; &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>شناختی کارڈ یا نائیکوپ نمبر میں 13 ہندسے ہوتے ہیں؛ &quot;%1&quot; میں %n ہندسہ ہے۔</numerusform>
            <numerusform>شناختی کارڈ یا نائیکوپ نمبر میں 13 ہندسے ہوتے ہیں؛ &quot;%1&quot; میں %n ہندسے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The dashes in &quot;%1&quot; are not where a CNIC has them: 5 digits, 7 digits, 1 digit (12345-1234567-1). Check that the number was copied correctly.</source>
        <translation>&quot;%1&quot; میں ڈیش اپنی درست جگہ پر نہیں؛ شناختی کارڈ نمبر میں 5 ہندسے، 7 ہندسے اور 1 ہندسہ ڈیش سے الگ ہوتے ہیں (12345-1234567-1)۔ جانچ لیں کہ نمبر درست نقل کیا گیا ہے۔</translation>
    </message>
    <message>
        <source>%1 starts with %2, which is not a region digit NADRA uses (1 to 7). Check the number against the card.</source>
        <translation>%1 کا پہلا ہندسہ %2 ہے، جو نادرا کے استعمال کردہ علاقائی ہندسوں (1 سے 7) میں شامل نہیں۔ نمبر کا کارڈ سے موازنہ کریں۔</translation>
    </message>
    <message>
        <source>CNIC %1 ends in an odd digit, which NADRA gives to men, but the person is recorded as female. Check the CNIC and the recorded sex.</source>
        <translation>شناختی کارڈ نمبر %1 کا آخری ہندسہ طاق ہے، جو نادرا مردوں کو دیتا ہے، لیکن اس فرد کی جنس خاتون درج ہے۔ شناختی کارڈ نمبر اور درج شدہ جنس کی جانچ کریں۔</translation>
    </message>
    <message>
        <source>CNIC %1 ends in an even digit, which NADRA gives to women, but the person is recorded as male. Check the CNIC and the recorded sex.</source>
        <translation>شناختی کارڈ نمبر %1 کا آخری ہندسہ جفت ہے، جو نادرا خواتین کو دیتا ہے، لیکن اس فرد کی جنس مرد درج ہے۔ شناختی کارڈ نمبر اور درج شدہ جنس کی جانچ کریں۔</translation>
    </message>
    <message>
        <source>In &quot;%1&quot; the month would be %2, which does not exist: Pakistani documents write the day first (DD-MM-YYYY). If the document writes the month first, enter %3.</source>
        <translation>&quot;%1&quot; میں مہینہ %2 بنتا ہے، جو ممکن نہیں: پاکستانی دستاویزات میں پہلے دن لکھا جاتا ہے (DD-MM-YYYY)۔ اگر دستاویز میں پہلے مہینہ لکھا ہے تو %3 درج کریں۔</translation>
    </message>
    <message>
        <source>In &quot;%1&quot; the month would be %2; months run from 1 to 12.</source>
        <translation>&quot;%1&quot; میں مہینہ %2 بنتا ہے؛ مہینے 1 سے 12 تک ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>The year in &quot;%1&quot; has two digits. Write it in full (e.g. 19%2 or 20%2); CaseLink does not guess the century.</source>
        <translation>&quot;%1&quot; میں سال دو ہندسوں کا ہے۔ سال پورا لکھیں (مثلاً 19%2 یا 20%2)؛ کیس لنک صدی کا اندازہ نہیں لگاتا۔</translation>
    </message>
    <message>
        <source>The year in &quot;%1&quot; should have four digits, e.g. 14-08-2024.</source>
        <translation>&quot;%1&quot; میں سال چار ہندسوں کا ہونا چاہیے، مثلاً 14-08-2024۔</translation>
    </message>
    <message>
        <source>The year %1 is outside the years CaseLink accepts (%2 to %3).</source>
        <translation>سال %1 کیس لنک کے قابلِ قبول سالوں (%2 سے %3) سے باہر ہے۔</translation>
    </message>
    <message>
        <source>date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Enter the date as DD-MM-YYYY, e.g. 14-08-2024.</source>
        <translation>تاریخ DD-MM-YYYY کی صورت میں درج کریں، مثلاً 14-08-2024۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in a form CaseLink reads: DD-MM-YYYY, DD.MM.YYYY, DD/MM/YYYY or YYYY-MM-DD, e.g. 14-08-2024.</source>
        <translation>&quot;%1&quot; ایسی کسی صورت میں تاریخ نہیں جسے کیس لنک پڑھ سکے: DD-MM-YYYY، DD.MM.YYYY، DD/MM/YYYY یا YYYY-MM-DD، مثلاً 14-08-2024۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; gives day %2, but %3 %4 has %5 days.</source>
        <translation>&quot;%1&quot; میں دن %2 ہے، لیکن %3 %4 میں %5 دن ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>%1 is in the future (today is %2). Check the date.</source>
        <translation>%1 مستقبل کی تاریخ ہے (آج %2 ہے)۔ تاریخ کی جانچ کریں۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an FIR number in a form CaseLink reads: serial/year with an optional prefix, e.g. 113/2016, C-188/2023 or FIR No. 45/2024.</source>
        <translation>&quot;%1&quot; ایسی کسی صورت میں ایف آئی آر نمبر نہیں جسے کیس لنک پڑھ سکے: سیریل/سال، اختیاری سابقے کے ساتھ، مثلاً 113/2016، C-188/2023 یا FIR No. 45/2024۔</translation>
    </message>
    <message>
        <source>The year &quot;%1&quot; has two digits. Write it in full (e.g. 20%1 or 19%1); CaseLink does not guess the century.</source>
        <translation>سال &quot;%1&quot; دو ہندسوں کا ہے۔ سال پورا لکھیں (مثلاً 20%1 یا 19%1)؛ کیس لنک صدی کا اندازہ نہیں لگاتا۔</translation>
    </message>
    <message>
        <source>The year &quot;%1&quot; should have four digits, e.g. 2024.</source>
        <translation>سال &quot;%1&quot; چار ہندسوں کا ہونا چاہیے، مثلاً 2024۔</translation>
    </message>
    <message>
        <source>The FIR year %1 is not possible: it must lie between %2 and %3.</source>
        <translation>ایف آئی آر کا سال %1 ممکن نہیں: یہ %2 اور %3 کے درمیان ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>FIR number</source>
        <translation>ایف آئی آر نمبر</translation>
    </message>
    <message>
        <source>Enter the FIR number as serial/year, e.g. 113/2016 or C-188/2023.</source>
        <translation>ایف آئی آر نمبر سیریل/سال کی صورت میں درج کریں، مثلاً 113/2016 یا C-188/2023۔</translation>
    </message>
    <message>
        <source>The FIR serial &quot;%1&quot; is not possible: serials start at 1 and have at most %2 digits.</source>
        <translation>ایف آئی آر کا سیریل &quot;%1&quot; ممکن نہیں: سیریل 1 سے شروع ہوتا ہے اور زیادہ سے زیادہ %2 ہندسوں کا ہوتا ہے۔</translation>
    </message>
    <message>
        <source>The %1 is missing or not a valid date.</source>
        <translation>%1 درج نہیں یا درست تاریخ نہیں۔</translation>
    </message>
    <message>
        <source>arrest time</source>
        <translation>گرفتاری کا وقت</translation>
    </message>
    <message>
        <source>production time</source>
        <translation>مجسٹریٹ کے روبرو پیشی کا وقت</translation>
    </message>
    <message>
        <source>The production before the magistrate (%1) is before the arrest (%2).</source>
        <translation>مجسٹریٹ کے روبرو پیشی (%1) گرفتاری (%2) سے پہلے درج ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>The person was produced before the magistrate %1 hours after arrest, later than the %n hours section 61 CrPC allows (deadline %2). Record the reason for the delay.</source>
        <translation>
            <numerusform>گرفتار شخص کو گرفتاری کے %1 گھنٹے بعد مجسٹریٹ کے روبرو پیش کیا گیا، جو ضابطہ فوجداری کی دفعہ 61 کے تحت مقررہ %n گھنٹے کی مدت سے زیادہ ہے (آخری وقت %2)۔ تاخیر کی وجہ درج کریں۔</numerusform>
            <numerusform>گرفتار شخص کو گرفتاری کے %1 گھنٹے بعد مجسٹریٹ کے روبرو پیش کیا گیا، جو ضابطہ فوجداری کی دفعہ 61 کے تحت مقررہ %n گھنٹے کی مدت سے زیادہ ہے (آخری وقت %2)۔ تاخیر کی وجہ درج کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The proposed remand needs a start date and an end date that is not before it.</source>
        <translation>مجوزہ ریمانڈ کے لیے آغاز کی تاریخ اور اختتام کی تاریخ درکار ہے، اور اختتام کی تاریخ آغاز سے پہلے نہیں ہو سکتی۔</translation>
    </message>
    <message>
        <source>A remand order already recorded for this arrest has no valid dates; correct it first, so the total can be counted.</source>
        <translation>اس گرفتاری کے لیے پہلے سے درج ایک ریمانڈ آرڈر کی تاریخیں درست نہیں؛ پہلے انہیں درست کریں تاکہ کل مدت شمار کی جا سکے۔</translation>
    </message>
    <message>
        <source>The proposed remand from %1 to %2 overlaps a remand already recorded; the shared days are counted once.</source>
        <translation>مجوزہ ریمانڈ (%1 تا %2) کے کچھ دن پہلے سے درج ایک ریمانڈ میں بھی شامل ہیں؛ مشترکہ دن صرف ایک بار شمار کیے جاتے ہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>Refused: with this remand, physical remand for this arrest would total %1 days (%2 already granted and %3 more), but section 167 CrPC allows at most %n days in all. At most %4 more days can be granted.</source>
        <translation>
            <numerusform>مسترد: اس ریمانڈ کے بعد اس گرفتاری کا جسمانی ریمانڈ کل %1 دن ہو جائے گا (%2 دن پہلے منظور شدہ اور %3 دن مزید)، جبکہ ضابطہ فوجداری کی دفعہ 167 کے تحت مجموعی طور پر زیادہ سے زیادہ %n دن کی اجازت ہے۔ زیادہ سے زیادہ مزید %4 دن دیے جا سکتے ہیں۔</numerusform>
            <numerusform>مسترد: اس ریمانڈ کے بعد اس گرفتاری کا جسمانی ریمانڈ کل %1 دن ہو جائے گا (%2 دن پہلے منظور شدہ اور %3 دن مزید)، جبکہ ضابطہ فوجداری کی دفعہ 167 کے تحت مجموعی طور پر زیادہ سے زیادہ %n دن کی اجازت ہے۔ زیادہ سے زیادہ مزید %4 دن دیے جا سکتے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>proclamation date</source>
        <translation>اشتہار کی تاریخ</translation>
    </message>
    <message>
        <source>declaration date</source>
        <translation>اشتہاری قرار دینے کی تاریخ</translation>
    </message>
    <message numerus="yes">
        <source>Refused: the proclamation was published on %1 and section 87 CrPC requires at least %n days before a proclaimed offender is declared; %2 is only %3 days later. The earliest date is %4.</source>
        <translation>
            <numerusform>مسترد: اشتہار %1 کو شائع ہوا، اور ضابطہ فوجداری کی دفعہ 87 کے تحت کسی کو اشتہاری قرار دینے سے پہلے کم از کم %n دن گزرنا ضروری ہے؛ %2 اس کے صرف %3 دن بعد ہے۔ سب سے پہلی ممکنہ تاریخ %4 ہے۔</numerusform>
            <numerusform>مسترد: اشتہار %1 کو شائع ہوا، اور ضابطہ فوجداری کی دفعہ 87 کے تحت کسی کو اشتہاری قرار دینے سے پہلے کم از کم %n دن گزرنا ضروری ہے؛ %2 اس کے صرف %3 دن بعد ہے۔ سب سے پہلی ممکنہ تاریخ %4 ہے۔</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &quot;%2&quot;, which is not part of an amount. Write amounts like 25 lakh, Rs. 4,200,000 or EUR 8,000.</source>
        <translation>&quot;%1&quot; میں &quot;%2&quot; شامل ہے، جو رقم کا حصہ نہیں۔ رقم اس طرح لکھیں: 25 لاکھ، Rs. 4,200,000 یا EUR 8,000۔</translation>
    </message>
    <message>
        <source>%1 is not a currency CaseLink knows. Use an ISO 4217 code such as PKR, USD, EUR, AED or LYD.</source>
        <translation>%1 کوئی ایسی کرنسی نہیں جسے کیس لنک جانتا ہو۔ ISO 4217 کوڈ استعمال کریں، مثلاً PKR، USD، EUR، AED یا LYD۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is neither a currency nor an amount word CaseLink knows (thousand, lakh, crore, million, ہزار, لاکھ, کروڑ).</source>
        <translation>&quot;%2&quot; میں &quot;%1&quot; نہ تو کوئی کرنسی ہے اور نہ ہی رقم کا کوئی ایسا لفظ جسے کیس لنک جانتا ہو (thousand، lakh، crore، million، ہزار، لاکھ، کروڑ)۔</translation>
    </message>
    <message>
        <source>The sign %1 in &quot;%2&quot; is used by more than one currency; write the ISO code instead (e.g. JPY or CNY, SAR, IRR or OMR).</source>
        <translation>&quot;%2&quot; میں علامت %1 ایک سے زیادہ کرنسیوں کے لیے استعمال ہوتی ہے؛ اس کے بجائے ISO کوڈ لکھیں (مثلاً JPY یا CNY، SAR، IRR یا OMR)۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative; an amount paid or received is entered as a positive number.</source>
        <translation>&quot;%1&quot; منفی ہے؛ ادا کی گئی یا وصول کی گئی رقم مثبت عدد کے طور پر درج کی جاتی ہے۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be read two ways: in many countries a dot separates thousands, elsewhere it marks decimals. Write the amount without thousands separators (8000), or with commas for thousands and a dot for decimals (8,000.50).</source>
        <translation>&quot;%1&quot; کو دو طرح پڑھا جا سکتا ہے: کئی ممالک میں نقطہ ہزاروں کو الگ کرتا ہے، جبکہ دوسری جگہوں پر یہ اعشاریہ ظاہر کرتا ہے۔ رقم ہزاروں کے فاصل کے بغیر لکھیں (8000)، یا ہزاروں کے لیے کاما اور اعشاریہ کے لیے نقطہ استعمال کریں (8,000.50)۔</translation>
    </message>
    <message>
        <source>The commas in &quot;%1&quot; are neither in thousands (4,200,000) nor in lakh (42,00,000) positions. Check the amount.</source>
        <translation>&quot;%1&quot; میں کاما نہ تو ہزاروں (4,200,000) کے مقامات پر ہیں اور نہ ہی لاکھ (42,00,000) کے۔ رقم کی جانچ کریں۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to be an amount CaseLink can hold. Check the number of digits.</source>
        <translation>&quot;%1&quot; اتنی بڑی رقم ہے کہ کیس لنک اسے محفوظ نہیں کر سکتا۔ ہندسوں کی تعداد کی جانچ کریں۔</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is more precise than %2 allows: amounts in %2 have at most %n digits after the decimal point.</source>
        <translation>
            <numerusform>&quot;%1&quot; میں %2 کی اجازت سے زیادہ اعشاری ہندسے ہیں: %2 کی رقوم میں اعشاریہ کے بعد زیادہ سے زیادہ %n ہندسہ ہوتا ہے۔</numerusform>
            <numerusform>&quot;%1&quot; میں %2 کی اجازت سے زیادہ اعشاری ہندسے ہیں: %2 کی رقوم میں اعشاریہ کے بعد زیادہ سے زیادہ %n ہندسے ہوتے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in a form CaseLink reads. Write a number with an optional currency and unit, e.g. 25 lakh, 1 crore 25 lakh, Rs. 4,200,000 or EUR 8,000.</source>
        <translation>&quot;%1&quot; ایسی کسی صورت میں رقم نہیں جسے کیس لنک پڑھ سکے۔ عدد لکھیں، ضرورت ہو تو کرنسی اور اکائی کے ساتھ، مثلاً 25 لاکھ، 1 کروڑ 25 لاکھ، Rs. 4,200,000 یا EUR 8,000۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names two currencies, %2 and %3.</source>
        <translation>&quot;%1&quot; میں دو کرنسیاں درج ہیں، %2 اور %3۔</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Enter the amount, e.g. 25 lakh or EUR 8,000.</source>
        <translation>رقم درج کریں، مثلاً 25 لاکھ یا EUR 8,000۔</translation>
    </message>
    <message>
        <source>%1 is not a currency CaseLink knows.</source>
        <translation>%1 کوئی ایسی کرنسی نہیں جسے کیس لنک جانتا ہو۔</translation>
    </message>
    <message>
        <source>An amount must be more than zero. Leave the field empty if no amount is known.</source>
        <translation>رقم صفر سے زیادہ ہونی چاہیے۔ اگر رقم معلوم نہ ہو تو خانہ خالی چھوڑ دیں۔</translation>
    </message>
    <message>
        <source>An exchange rate needs the date it applies to.</source>
        <translation>شرحِ مبادلہ کے ساتھ وہ تاریخ درکار ہے جس پر یہ لاگو ہوتی ہے۔</translation>
    </message>
    <message>
        <source>exchange rate</source>
        <translation>شرحِ مبادلہ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an exchange rate; write the rupees for one unit of the currency, e.g. 302.45.</source>
        <translation>&quot;%1&quot; شرحِ مبادلہ نہیں؛ کرنسی کی ایک اکائی کے بدلے روپے لکھیں، مثلاً 302.45۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than six decimal places.</source>
        <translation>&quot;%1&quot; میں اعشاریہ کے بعد چھ سے زیادہ ہندسے ہیں۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is far larger than any exchange rate.</source>
        <translation>&quot;%1&quot; کسی بھی شرحِ مبادلہ سے کہیں زیادہ ہے۔</translation>
    </message>
    <message>
        <source>An exchange rate must be more than zero.</source>
        <translation>شرحِ مبادلہ صفر سے زیادہ ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>The exchange rate is for %1 but the amount is in %2.</source>
        <translation>شرحِ مبادلہ %1 کی ہے لیکن رقم %2 میں ہے۔</translation>
    </message>
    <message>
        <source>The exchange rate or the amount is not valid, so no rupee equivalent can be computed.</source>
        <translation>شرحِ مبادلہ یا رقم درست نہیں، اس لیے روپوں میں مالیت کا حساب نہیں لگایا جا سکتا۔</translation>
    </message>
    <message>
        <source>The rupee equivalent is too large to hold.</source>
        <translation>روپوں میں مالیت اتنی بڑی ہے کہ محفوظ نہیں کی جا سکتی۔</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>پاسپورٹ نمبر</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &quot;%2&quot;. A passport number has only Latin letters and digits, e.g. AB1234567.</source>
        <translation>&quot;%1&quot; میں &quot;%2&quot; شامل ہے۔ پاسپورٹ نمبر میں صرف لاطینی حروف اور ہندسے ہوتے ہیں، مثلاً AB1234567۔</translation>
    </message>
    <message>
        <source>Enter the passport number, e.g. AB1234567.</source>
        <translation>پاسپورٹ نمبر درج کریں، مثلاً AB1234567۔</translation>
    </message>
    <message numerus="yes">
        <source>A passport number has 6 to 9 letters and digits (a current Pakistani one has 9, e.g. AB1234567); &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>پاسپورٹ نمبر میں 6 سے 9 حروف اور ہندسے ہوتے ہیں (موجودہ پاکستانی پاسپورٹ نمبر میں 9، مثلاً AB1234567)؛ &quot;%1&quot; میں %n ہے۔</numerusform>
            <numerusform>پاسپورٹ نمبر میں 6 سے 9 حروف اور ہندسے ہوتے ہیں (موجودہ پاکستانی پاسپورٹ نمبر میں 9، مثلاً AB1234567)؛ &quot;%1&quot; میں %n ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no digits; every passport number has some. Check that a name was not entered by mistake.</source>
        <translation>&quot;%1&quot; میں کوئی ہندسہ نہیں، جبکہ ہر پاسپورٹ نمبر میں ہندسے ہوتے ہیں۔ جانچ لیں کہ غلطی سے نام تو درج نہیں ہو گیا۔</translation>
    </message>
    <message>
        <source>%1 is not in the current Pakistani form of two letters and seven digits (e.g. AB1234567). It is kept as an older or foreign passport number; check it against the document.</source>
        <translation>%1 موجودہ پاکستانی صورت (دو حروف اور سات ہندسے، مثلاً AB1234567) میں نہیں۔ اسے پرانے یا غیر ملکی پاسپورٹ نمبر کے طور پر رکھا گیا ہے؛ دستاویز سے اس کی جانچ کریں۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has both the country code 92 and the leading 0 of a domestic number; the 0 was dropped.</source>
        <translation>&quot;%1&quot; میں ملکی کوڈ 92 اور مقامی نمبر کا ابتدائی 0 دونوں موجود ہیں؛ 0 ہٹا دیا گیا۔</translation>
    </message>
    <message numerus="yes">
        <source>A Pakistani mobile number has 10 digits after +92 (+92 3xx xxxxxxx, or 03xx xxxxxxx); &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>پاکستانی موبائل نمبر میں +92 کے بعد 10 ہندسے ہوتے ہیں (+92 3xx xxxxxxx، یا 03xx xxxxxxx)؛ &quot;%1&quot; میں %n ہندسہ ہے۔</numerusform>
            <numerusform>پاکستانی موبائل نمبر میں +92 کے بعد 10 ہندسے ہوتے ہیں (+92 3xx xxxxxxx، یا 03xx xxxxxxx)؛ &quot;%1&quot; میں %n ہندسے ہیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is neither a Pakistani mobile number (+92 3xx xxxxxxx) nor a landline number (8 to 10 digits after +92); it has %n digit(s) after the country code.</source>
        <translation>
            <numerusform>&quot;%1&quot; نہ تو پاکستانی موبائل نمبر (+92 3xx xxxxxxx) ہے اور نہ ہی لینڈ لائن نمبر (+92 کے بعد 8 سے 10 ہندسے)؛ اس میں ملکی کوڈ کے بعد %n ہندسہ ہے۔</numerusform>
            <numerusform>&quot;%1&quot; نہ تو پاکستانی موبائل نمبر (+92 3xx xxxxxxx) ہے اور نہ ہی لینڈ لائن نمبر (+92 کے بعد 8 سے 10 ہندسے)؛ اس میں ملکی کوڈ کے بعد %n ہندسے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>+92 %1 is a landline, not a mobile number. Keep it if that is what the source says.</source>
        <translation>+92 %1 لینڈ لائن نمبر ہے، موبائل نمبر نہیں۔ اگر ماخذ میں یہی درج ہے تو اسے برقرار رکھیں۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not continue with a country code after + or 00 (country codes never start with 0).</source>
        <translation>&quot;%1&quot; میں + یا 00 کے بعد ملکی کوڈ نہیں آتا (ملکی کوڈ کبھی 0 سے شروع نہیں ہوتے)۔</translation>
    </message>
    <message numerus="yes">
        <source>An international number has 7 to 15 digits including the country code; &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>بین الاقوامی نمبر میں ملکی کوڈ سمیت 7 سے 15 ہندسے ہوتے ہیں؛ &quot;%1&quot; میں %n ہندسہ ہے۔</numerusform>
            <numerusform>بین الاقوامی نمبر میں ملکی کوڈ سمیت 7 سے 15 ہندسے ہوتے ہیں؛ &quot;%1&quot; میں %n ہندسے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>فون نمبر</translation>
    </message>
    <message>
        <source>In &quot;%1&quot; the + is not at the start; + stands only before the country code.</source>
        <translation>&quot;%1&quot; میں + شروع میں نہیں؛ + صرف ملکی کوڈ سے پہلے آتا ہے۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &quot;%2&quot;. A phone number has digits, an optional + at the start, and spaces or dashes between groups.</source>
        <translation>&quot;%1&quot; میں &quot;%2&quot; شامل ہے۔ فون نمبر میں ہندسے، شروع میں اختیاری +، اور گروپوں کے درمیان خالی جگہ یا ڈیش ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>Enter the phone number, e.g. +92 300 1234567 or 0300 1234567.</source>
        <translation>فون نمبر درج کریں، مثلاً +92 300 1234567 یا 0300 1234567۔</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has neither a country code nor a leading 0, so it could belong to any country (Italian mobiles also start with 3). Write Pakistani numbers as +92 3xx xxxxxxx or 03xx xxxxxxx, and foreign ones with + and the country code.</source>
        <translation>&quot;%1&quot; میں نہ ملکی کوڈ ہے نہ ابتدائی 0، اس لیے یہ کسی بھی ملک کا ہو سکتا ہے (اطالوی موبائل نمبر بھی 3 سے شروع ہوتے ہیں)۔ پاکستانی نمبر +92 3xx xxxxxxx یا 03xx xxxxxxx کی صورت میں لکھیں، اور غیر ملکی نمبر + اور ملکی کوڈ کے ساتھ۔</translation>
    </message>
    <message numerus="yes">
        <source>The %1 is %2 characters long; at most %n characters are allowed. It is not shortened automatically.</source>
        <translation>
            <numerusform>%1 کی لمبائی %2 حروف ہے؛ زیادہ سے زیادہ %n حرف کی اجازت ہے۔ اسے خود بخود مختصر نہیں کیا جاتا۔</numerusform>
            <numerusform>%1 کی لمبائی %2 حروف ہے؛ زیادہ سے زیادہ %n حروف کی اجازت ہے۔ اسے خود بخود مختصر نہیں کیا جاتا۔</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>The text contains the replacement character � at position %1, a sign that it was damaged when it was read from a file or another program. Enter it again from the original.</source>
        <translation>متن میں مقام %1 پر متبادل علامت � موجود ہے، جو اس بات کی نشانی ہے کہ فائل یا کسی دوسرے پروگرام سے پڑھتے وقت متن خراب ہو گیا۔ اسے اصل ماخذ سے دوبارہ درج کریں۔</translation>
    </message>
    <message>
        <source>The text contains an invalid character (%1) at position %2, so it was damaged on the way in. Enter it again from the original.</source>
        <translation>متن میں مقام %2 پر ایک غلط حرف (%1) موجود ہے، یعنی داخل ہوتے وقت متن خراب ہو گیا۔ اسے اصل ماخذ سے دوبارہ درج کریں۔</translation>
    </message>
    <message numerus="yes">
        <source>Invisible text-direction characters such as %1 were removed (%n in all). They can make text display in a different order from how it is stored.</source>
        <translation>
            <numerusform>متن کی سمت بدلنے والے غیر مرئی حروف، جیسے %1، ہٹا دیے گئے (کل %n)۔ ان کی وجہ سے متن اس ترتیب سے مختلف ترتیب میں دکھائی دے سکتا ہے جس میں وہ محفوظ ہے۔</numerusform>
            <numerusform>متن کی سمت بدلنے والے غیر مرئی حروف، جیسے %1، ہٹا دیے گئے (کل %n)۔ ان کی وجہ سے متن اس ترتیب سے مختلف ترتیب میں دکھائی دے سکتا ہے جس میں وہ محفوظ ہے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invisible formatting characters such as zero-width spaces were removed (%n in all).</source>
        <translation>
            <numerusform>غیر مرئی فارمیٹنگ حروف، جیسے زیرو وِڈتھ اسپیس، ہٹا دیے گئے (کل %n)۔</numerusform>
            <numerusform>غیر مرئی فارمیٹنگ حروف، جیسے زیرو وِڈتھ اسپیس، ہٹا دیے گئے (کل %n)۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Control characters, which cannot be part of readable text, were removed (%n in all).</source>
        <translation>
            <numerusform>کنٹرول حروف، جو پڑھے جانے والے متن کا حصہ نہیں ہو سکتے، ہٹا دیے گئے (کل %n)۔</numerusform>
            <numerusform>کنٹرول حروف، جو پڑھے جانے والے متن کا حصہ نہیں ہو سکتے، ہٹا دیے گئے (کل %n)۔</numerusform>
        </translation>
    </message>
    <message>
        <source>The text is not valid UTF-8: the byte at offset %1 (0x%2) cannot start or continue a character. Save the source as UTF-8 and read it again.</source>
        <translation>متن درست UTF-8 نہیں: آفسیٹ %1 پر موجود بائٹ (0x%2) نہ کسی حرف کا آغاز ہو سکتی ہے نہ تسلسل۔ ماخذ کو UTF-8 میں محفوظ کر کے دوبارہ پڑھیں۔</translation>
    </message>
    <message>
        <source>The %1 contains an invalid or damaged character (%2) at position %3. Type it again from the document.</source>
        <translation>%1 میں مقام %3 پر ایک غلط یا خراب حرف (%2) موجود ہے۔ اسے دستاویز سے دیکھ کر دوبارہ ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>The %1 contains an invisible text-direction character (%2) at position %3. It can make the %1 display differently from how it is stored; type the %1 instead of pasting it.</source>
        <translation>%1 میں مقام %3 پر متن کی سمت بدلنے والا ایک غیر مرئی حرف (%2) موجود ہے۔ اس کی وجہ سے %1 کی ظاہری صورت محفوظ شدہ صورت سے مختلف ہو سکتی ہے؛ %1 پیسٹ کرنے کے بجائے ٹائپ کریں۔</translation>
    </message>
    <message>
        <source>The %1 contains a control character (%2) at position %3.</source>
        <translation>%1 میں مقام %3 پر ایک کنٹرول حرف (%2) موجود ہے۔</translation>
    </message>
    <message>
        <source>The %1 contains an invisible character (%2) at position %3; type the %1 instead of pasting it.</source>
        <translation>%1 میں مقام %3 پر ایک غیر مرئی حرف (%2) موجود ہے؛ %1 پیسٹ کرنے کے بجائے ٹائپ کریں۔</translation>
    </message>
</context>
<context>
    <name>caselink::VictimListModel</name>
    <message>
        <source>Case</source>
        <translation>مقدمہ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>انجام</translation>
    </message>
</context>
<context>
    <name>caselink::VictimsPanel</name>
    <message>
        <source>Restricted: victims&apos; identities are shown only to users with the victims grant. Ask your supervisor if your work needs them.</source>
        <translation>محدود: متاثرین کی شناخت صرف ان صارفین کو دکھائی جاتی ہے جنہیں متاثرین کی اجازت حاصل ہو۔ اگر آپ کے کام کے لیے ضروری ہو تو اپنے نگران افسر سے رجوع کریں۔</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجہ</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>استحصال</translation>
    </message>
    <message>
        <source>Add victim…</source>
        <translation>متاثرہ فرد شامل کریں…</translation>
    </message>
</context>
<context>
    <name>caselink::WatchListHitsView</name>
    <message>
        <source>Red Book</source>
        <translation>ریڈ بک</translation>
    </message>
    <message>
        <source>Run against all persons</source>
        <translation>تمام افراد پر چلائیں</translation>
    </message>
    <message>
        <source>Confirm hit</source>
        <translation>میچ کی تصدیق کریں</translation>
    </message>
    <message>
        <source>Dismiss hit</source>
        <translation>میچ مسترد کریں</translation>
    </message>
    <message>
        <source>List</source>
        <translation>فہرست</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>اسکور</translation>
    </message>
    <message>
        <source>Listed as</source>
        <translation>درج بطور</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>CNIC</source>
        <translation>CNIC</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>وجوہات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>تصدیق شدہ</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>زیرِ غور</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s). Double-click a hit to open the person.</source>
        <translation>
            <numerusform>%n میچ۔ فرد کو کھولنے کے لیے میچ پر ڈبل کلک کریں۔</numerusform>
            <numerusform>%n میچ۔ فرد کو کھولنے کے لیے میچ پر ڈبل کلک کریں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Offloaded passengers (airport lists)</source>
        <translation>آف لوڈ کیے گئے مسافر (ایئرپورٹ فہرستیں)</translation>
    </message>
</context>
<context>
    <name>caselink::WatchListMatcher</name>
    <message>
        <source>Unknown list %1; use one of %2.</source>
        <translation>نامعلوم فہرست %1؛ %2 میں سے کوئی ایک استعمال کریں۔</translation>
    </message>
    <message>
        <source>same CNIC</source>
        <translation>ایک ہی شناختی کارڈ</translation>
    </message>
    <message>
        <source>same passport number</source>
        <translation>ایک ہی پاسپورٹ نمبر</translation>
    </message>
    <message>
        <source>same phone number</source>
        <translation>ایک ہی فون نمبر</translation>
    </message>
    <message>
        <source>Protected person %1</source>
        <translation>محفوظ فرد %1</translation>
    </message>
    <message>
        <source>Unknown hit status %1.</source>
        <translation>میچ کی نامعلوم حیثیت %1۔</translation>
    </message>
    <message>
        <source>The hit no longer exists.</source>
        <translation>یہ میچ اب موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::XlsxReader</name>
    <message>
        <source>The workbook has no part %1; is it an .xlsx file?</source>
        <translation>ورک بک میں %1 حصہ موجود نہیں؛ کیا یہ .xlsx فائل ہے؟</translation>
    </message>
    <message>
        <source>The workbook part %1 cannot be read.</source>
        <translation>ورک بک کا حصہ %1 پڑھا نہیں جا سکا۔</translation>
    </message>
    <message>
        <source>The workbook part %1 is too large.</source>
        <translation>ورک بک کا حصہ %1 بہت بڑا ہے۔</translation>
    </message>
    <message>
        <source>The workbook part %1 is damaged.</source>
        <translation>ورک بک کا حصہ %1 خراب ہے۔</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet list is damaged: %1</source>
        <translation>ورک بک کی شیٹس کی فہرست خراب ہے: %1</translation>
    </message>
    <message>
        <source>The workbook has no worksheets.</source>
        <translation>ورک بک میں کوئی ورک شیٹ نہیں۔</translation>
    </message>
    <message>
        <source>The workbook&apos;s shared strings cannot be read.</source>
        <translation>ورک بک کی مشترکہ اسٹرنگز پڑھی نہیں جا سکیں۔</translation>
    </message>
    <message>
        <source>The workbook&apos;s shared strings are too large.</source>
        <translation>ورک بک کی مشترکہ اسٹرنگز بہت بڑی ہیں۔</translation>
    </message>
    <message>
        <source>The workbook&apos;s shared strings are damaged: %1</source>
        <translation>ورک بک کی مشترکہ اسٹرنگز خراب ہیں: %1</translation>
    </message>
    <message>
        <source>the compressed data is corrupt</source>
        <translation>کمپریس شدہ ڈیٹا خراب ہے</translation>
    </message>
    <message>
        <source>The workbook has no sheet number %1.</source>
        <translation>ورک بک میں شیٹ نمبر %1 موجود نہیں۔</translation>
    </message>
    <message>
        <source>The sheet %1 is missing from the workbook.</source>
        <translation>شیٹ %1 ورک بک میں موجود نہیں۔</translation>
    </message>
    <message>
        <source>The sheet %1 cannot be read.</source>
        <translation>شیٹ %1 پڑھی نہیں جا سکی۔</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 نہیں کھل سکی: %2</translation>
    </message>
    <message>
        <source>The file is not an .xlsx workbook (it is not a zip archive).</source>
        <translation>یہ فائل .xlsx ورک بک نہیں (یہ zip آرکائیو نہیں)۔</translation>
    </message>
    <message>
        <source>The workbook has no sheet named %1; its sheets are: %2.</source>
        <translation>ورک بک میں %1 نام کی کوئی شیٹ نہیں؛ اس کی شیٹس یہ ہیں: %2۔</translation>
    </message>
    <message>
        <source>Sheet %1, row %2: the sheet&apos;s XML is damaged (%3).</source>
        <translation>شیٹ %1، قطار %2: شیٹ کا XML خراب ہے (%3)۔</translation>
    </message>
    <message>
        <source>Sheet %1, row %2: more than %3 columns.</source>
        <translation>شیٹ %1، قطار %2: %3 سے زیادہ کالم۔</translation>
    </message>
    <message>
        <source>Sheet %1, row %2, column %3: the cell refers to a shared string that does not exist.</source>
        <translation>شیٹ %1، قطار %2، کالم %3: خانہ ایسی مشترکہ اسٹرنگ کا حوالہ دیتا ہے جو موجود نہیں۔</translation>
    </message>
</context>
<context>
    <name>caselink::backup</name>
    <message>
        <source>Cannot start the backup</source>
        <translation>بیک اپ شروع نہیں ہو سکا</translation>
    </message>
    <message>
        <source>The backup could not be written</source>
        <translation>بیک اپ لکھا نہیں جا سکا</translation>
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
    <name>caselink::migrations</name>
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
    <name>caselink::synthetic::BulkWriter</name>
    <message>
        <source>Writing synthetic %1 failed: %2</source>
        <translation>فرضی ڈیٹا (%1) لکھا نہیں جا سکا: %2</translation>
    </message>
    <message>
        <source>Synthetic data generation was cancelled.</source>
        <translation>فرضی ڈیٹا کی تیاری منسوخ کر دی گئی۔</translation>
    </message>
</context>
<context>
    <name>caselink::RouteCodes</name>
    <message>
        <source>Eastern Mediterranean</source>
        <translation>مشرقی بحیرۂ روم</translation>
    </message>
    <message>
        <source>Central Mediterranean</source>
        <translation>وسطی بحیرۂ روم</translation>
    </message>
    <message>
        <source>Western Mediterranean</source>
        <translation>مغربی بحیرۂ روم</translation>
    </message>
    <message>
        <source>Western Balkans</source>
        <translation>مغربی بلقان</translation>
    </message>
    <message>
        <source>Western African</source>
        <translation>مغربی افریقی</translation>
    </message>
    <message>
        <source>Eastern land border</source>
        <translation>مشرقی زمینی سرحد</translation>
    </message>
</context>
<context>
    <name>caselink::Sex</name>
    <message>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>عورت</translation>
    </message>
    <message>
        <source>Other (X)</source>
        <translation>دیگر (X)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>درج نہیں</translation>
    </message>
</context>
<context>
    <name>caselink::StatisticsCharts</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 % against %2</source>
        <translation>%2 کے مقابلے میں %1 %</translation>
    </message>
</context>
<context>
    <name>caselink::ChartLegend</name>
    <message>
        <source>Legend</source>
        <translation>علامات</translation>
    </message>
</context>
<context>
    <name>caselink::ChartScene</name>
    <message>
        <source>Show each link</source>
        <translation>ہر ربط الگ دکھائیں</translation>
    </message>
    <message>
        <source>Bundle these links</source>
        <translation>یہ روابط یکجا کریں</translation>
    </message>
</context>
<context>
    <name>caselink::ChartBundles</name>
    <message>
        <source>%1 payments</source>
        <translation>%1 ادائیگیاں</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>count · total</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <comment>count × link type</comment>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>caselink::Rupees</name>
    <message>
        <source>PKR %1</source>
        <translation>%1 روپے</translation>
    </message>
    <message>
        <source>(%1 crore)</source>
        <translation>(%1 کروڑ)</translation>
    </message>
    <message>
        <source>(%1 lakh)</source>
        <translation>(%1 لاکھ)</translation>
    </message>
    <message>
        <source>PKR %1 crore</source>
        <translation>%1 کروڑ روپے</translation>
    </message>
    <message>
        <source>PKR %1 lakh</source>
        <translation>%1 لاکھ روپے</translation>
    </message>
</context>
<context>
    <name>caselink::TimelineLegend</name>
    <message>
        <source>Complaint, enquiry, FIR</source>
        <translation>شکایت، انکوائری، ایف آئی آر</translation>
    </message>
    <message>
        <source>Raid, arrest, warrant</source>
        <translation>چھاپہ، گرفتاری، وارنٹ</translation>
    </message>
    <message>
        <source>Magistrate, remand, bail</source>
        <translation>مجسٹریٹ، ریمانڈ، ضمانت</translation>
    </message>
    <message>
        <source>Statement, recovery, evidence</source>
        <translation>بیان، برآمدگی، شہادت</translation>
    </message>
    <message>
        <source>Challan and trial</source>
        <translation>چالان اور ٹرائل</translation>
    </message>
    <message>
        <source>Lists and notices</source>
        <translation>فہرستیں اور نوٹس</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>اثاثے</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>ادائیگی</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>سفر</translation>
    </message>
    <message>
        <source>Document used</source>
        <translation>استعمال شدہ دستاویز</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>دیگر واقعہ</translation>
    </message>
</context>
</TS>
