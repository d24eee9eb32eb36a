<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
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
    <message>
        <source>The deadlines need a valid date for today.</source>
        <translation>قانونی میعادوں کے حساب کے لیے آج کی درست تاریخ درکار ہے۔</translation>
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
    <name>caselink::CaseFile</name>
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
    <name>caselink::PersonListModel</name>
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
        <source>That merge does not exist or was already undone.</source>
        <translation>یہ انضمام موجود نہیں یا پہلے ہی کالعدم کیا جا چکا ہے۔</translation>
    </message>
    <message>
        <source>The merge record is damaged.</source>
        <translation>انضمام کا ریکارڈ خراب ہے۔</translation>
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
</TS>
