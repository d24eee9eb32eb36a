#include "synthetic/syntheticnames.h"

#include <array>

namespace caselink::synthetic {
namespace {

struct Pair {
    const char* latin;
    const char* urdu;
};

constexpr std::array<Pair, 72> kMale{{
    {"Ahmed", "احمد"},
    {"Ali", "علی"},
    {"Hassan", "حسن"},
    {"Hussain", "حسین"},
    {"Usman", "عثمان"},
    {"Bilal", "بلال"},
    {"Imran", "عمران"},
    {"Asif", "آصف"},
    {"Tariq", "طارق"},
    {"Khalid", "خالد"},
    {"Zahid", "زاہد"},
    {"Shahid", "شاہد"},
    {"Naveed", "نوید"},
    {"Waqas", "وقاص"},
    {"Adnan", "عدنان"},
    {"Faisal", "فیصل"},
    {"Kashif", "کاشف"},
    {"Aslam", "اسلم"},
    {"Akram", "اکرم"},
    {"Iqbal", "اقبال"},
    {"Javed", "جاوید"},
    {"Nadeem", "ندیم"},
    {"Saleem", "سلیم"},
    {"Rashid", "راشد"},
    {"Sajid", "ساجد"},
    {"Abdullah", "عبداللہ"},
    {"Umar", "عمر"},
    {"Zubair", "زبیر"},
    {"Hamza", "حمزہ"},
    {"Haider", "حیدر"},
    {"Abbas", "عباس"},
    {"Rizwan", "رضوان"},
    {"Irfan", "عرفان"},
    {"Arshad", "ارشد"},
    {"Amjad", "امجد"},
    {"Azhar", "اظہر"},
    {"Afzal", "افضل"},
    {"Akhtar", "اختر"},
    {"Anwar", "انور"},
    {"Ashraf", "اشرف"},
    {"Aamir", "عامر"},
    {"Adeel", "عدیل"},
    {"Arif", "عارف"},
    {"Atif", "عاطف"},
    {"Babar", "بابر"},
    {"Fahad", "فہد"},
    {"Farooq", "فاروق"},
    {"Haroon", "ہارون"},
    {"Ilyas", "الیاس"},
    {"Imtiaz", "امتیاز"},
    {"Junaid", "جنید"},
    {"Kamran", "کامران"},
    {"Khurram", "خرم"},
    {"Mahmood", "محمود"},
    {"Mushtaq", "مشتاق"},
    {"Nasir", "ناصر"},
    {"Nawaz", "نواز"},
    {"Qasim", "قاسم"},
    {"Riaz", "ریاض"},
    {"Saeed", "سعید"},
    {"Sajjad", "سجاد"},
    {"Shahzad", "شہزاد"},
    {"Shoaib", "شعیب"},
    {"Sohail", "سہیل"},
    {"Tahir", "طاہر"},
    {"Tanveer", "تنویر"},
    {"Waseem", "وسیم"},
    {"Yasir", "یاسر"},
    {"Zafar", "ظفر"},
    {"Zeeshan", "ذیشان"},
    {"Ghulam Rasool", "غلام رسول"},
    {"Allah Ditta", "اللہ دتہ"},
}};

constexpr std::array<Pair, 32> kFemale{{
    {"Fatima", "فاطمہ"}, {"Ayesha", "عائشہ"}, {"Zainab", "زینب"},  {"Rubina", "روبینہ"}, {"Nasreen", "نسرین"},
    {"Shazia", "شازیہ"}, {"Sadia", "سعدیہ"},  {"Amna", "آمنہ"},    {"Asma", "اسماء"},    {"Farzana", "فرزانہ"},
    {"Hina", "حنا"},     {"Iqra", "اقراء"},   {"Kausar", "کوثر"},  {"Khadija", "خدیجہ"}, {"Kiran", "کرن"},
    {"Maryam", "مریم"},  {"Mehwish", "مہوش"}, {"Nadia", "نادیہ"},  {"Naila", "نائلہ"},   {"Parveen", "پروین"},
    {"Rabia", "رابعہ"},  {"Saima", "صائمہ"},  {"Samina", "ثمینہ"}, {"Sana", "ثناء"},     {"Shabana", "شبانہ"},
    {"Sidra", "سدرہ"},   {"Tahira", "طاہرہ"}, {"Uzma", "عظمی"},    {"Yasmin", "یاسمین"}, {"Zahida", "زاہدہ"},
    {"Nusrat", "نصرت"},  {"Razia", "رضیہ"},
}};

// Family, caste and tribe names, the central Punjab ones first and more often.
constexpr std::array<Pair, 44> kFamily{{
    {"Butt", "بٹ"},          {"Jutt", "جٹ"},         {"Gujjar", "گجر"},    {"Cheema", "چیمہ"},
    {"Warraich", "وڑائچ"},   {"Virk", "ورک"},        {"Chattha", "چٹھہ"},  {"Bajwa", "باجوہ"},
    {"Gondal", "گوندل"},     {"Tarar", "تارڑ"},      {"Ranjha", "رانجھا"}, {"Ghuman", "گھمن"},
    {"Goraya", "گورایہ"},    {"Sahi", "ساہی"},       {"Hanjra", "ہنجرا"},  {"Arain", "ارائیں"},
    {"Awan", "اعوان"},       {"Rajput", "راجپوت"},   {"Bhatti", "بھٹی"},   {"Mughal", "مغل"},
    {"Malik", "ملک"},        {"Chaudhry", "چوہدری"}, {"Kahlon", "کاہلوں"}, {"Sandhu", "سندھو"},
    {"Randhawa", "رندھاوا"}, {"Minhas", "منہاس"},    {"Janjua", "جنجوعہ"}, {"Khokhar", "کھوکھر"},
    {"Qureshi", "قریشی"},    {"Abbasi", "عباسی"},    {"Kayani", "کیانی"},  {"Satti", "ستی"},
    {"Khan", "خان"},         {"Khattak", "ختک"},     {"Afridi", "آفریدی"}, {"Yousafzai", "یوسفزئی"},
    {"Bangash", "بنگش"},     {"Memon", "میمن"},      {"Soomro", "سومرو"},  {"Baloch", "بلوچ"},
    {"Kakar", "کاکڑ"},       {"Shah", "شاہ"},        {"Sheikh", "شیخ"},    {"Ansari", "انصاری"},
}};

constexpr std::array<const char*, 14> kAliases{{"Babu", "Kaka", "Pappu", "Billa", "Doctor", "Chhota", "Mithu", "Kala",
                                                "Sheeda", "Bau", "Pinka", "Gogi", "Nikka", "Haji"}};

constexpr std::array<const char*, 18> kLocalities{
    {"Mohalla Islamabad", "Mohalla Rehmanpura", "Chak 12", "Chak 45", "Mohalla Eidgah", "Mohalla Shadman", "Basti Noor",
     "Kot Ahmad", "Dhok Mian", "Mohalla Qadirabad", "Kot Sultan", "Mohalla Garhi", "Chak 7", "Mohalla Madina",
     "Dera Ghaus", "Mohalla Bilal", "Kot Fateh", "Ward 9"}};

// Districts. The CNIC area digits are synthetic (structure only): province digit first, as NADRA does.
constexpr std::array<District, 30> kDistricts{{
    {"Gujrat", "گجرات", "Punjab", '3', "42", {"Gujrat", "Kharian", "Sarai Alamgir"}},
    {"Gujranwala", "گوجرانوالہ", "Punjab", '3', "41", {"Gujranwala", "Kamoke", "Wazirabad"}},
    {"Mandi Bahauddin", "منڈی بہاؤالدین", "Punjab", '3', "44", {"Mandi Bahauddin", "Phalia", "Malakwal"}},
    {"Sialkot", "سیالکوٹ", "Punjab", '3', "46", {"Sialkot", "Daska", "Sambrial"}},
    {"Narowal", "نارووال", "Punjab", '3', "47", {"Narowal", "Shakargarh", "Zafarwal"}},
    {"Hafizabad", "حافظ آباد", "Punjab", '3', "43", {"Hafizabad", "Pindi Bhattian", "Hafizabad"}},
    {"Sheikhupura", "شیخوپورہ", "Punjab", '3', "54", {"Sheikhupura", "Muridke", "Ferozewala"}},
    {"Lahore", "لاہور", "Punjab", '3', "52", {"Lahore City", "Lahore Cantt", "Raiwind"}},
    {"Kasur", "قصور", "Punjab", '3', "53", {"Kasur", "Chunian", "Pattoki"}},
    {"Faisalabad", "فیصل آباد", "Punjab", '3', "31", {"Faisalabad City", "Jaranwala", "Samundri"}},
    {"Sargodha", "سرگودھا", "Punjab", '3', "81", {"Sargodha", "Bhalwal", "Shahpur"}},
    {"Jhang", "جھنگ", "Punjab", '3', "32", {"Jhang", "Shorkot", "Ahmadpur Sial"}},
    {"Jhelum", "جہلم", "Punjab", '3', "73", {"Jhelum", "Dina", "Pind Dadan Khan"}},
    {"Rawalpindi", "راولپنڈی", "Punjab", '3', "74", {"Rawalpindi", "Gujar Khan", "Kahuta"}},
    {"Multan", "ملتان", "Punjab", '3', "63", {"Multan City", "Shujabad", "Jalalpur Pirwala"}},
    {"Bahawalpur", "بہاولپور", "Punjab", '3', "12", {"Bahawalpur", "Ahmadpur East", "Hasilpur"}},
    {"Islamabad", "اسلام آباد", "Islamabad Capital Territory", '6', "11", {"Islamabad", "Islamabad", "Islamabad"}},
    {"Peshawar", "پشاور", "Khyber Pakhtunkhwa", '1', "71", {"Peshawar", "Peshawar", "Peshawar"}},
    {"Mardan", "مردان", "Khyber Pakhtunkhwa", '1', "61", {"Mardan", "Takht Bhai", "Katlang"}},
    {"Swat", "سوات", "Khyber Pakhtunkhwa", '1', "56", {"Mingora", "Matta", "Kabal"}},
    {"Kohat", "کوہاٹ", "Khyber Pakhtunkhwa", '1', "42", {"Kohat", "Lachi", "Kohat"}},
    {"Karak", "کرک", "Khyber Pakhtunkhwa", '1', "43", {"Karak", "Banda Daud Shah", "Takht-e-Nasrati"}},
    {"Karachi", "کراچی", "Sindh", '4', "21", {"Karachi East", "Karachi West", "Karachi South"}},
    {"Hyderabad", "حیدرآباد", "Sindh", '4', "13", {"Hyderabad City", "Latifabad", "Qasimabad"}},
    {"Sukkur", "سکھر", "Sindh", '4', "52", {"Sukkur", "Rohri", "Pano Aqil"}},
    {"Larkana", "لاڑکانہ", "Sindh", '4', "32", {"Larkana", "Ratodero", "Dokri"}},
    {"Quetta", "کوئٹہ", "Balochistan", '5', "44", {"Quetta City", "Quetta Saddar", "Quetta City"}},
    {"Gwadar", "گوادر", "Balochistan", '5', "32", {"Gwadar", "Jiwani", "Pasni"}},
    {"Gilgit", "گلگت", "Gilgit-Baltistan", '7', "15", {"Gilgit", "Danyore", "Jutial"}},
    {"Okara", "اوکاڑہ", "Punjab", '3', "55", {"Okara", "Depalpur", "Renala Khurd"}},
}};

struct ZoneDistricts {
    const char* zone;
    std::array<int, 6> districts;
    std::array<int, 6> weights;
};

// Per zone: the districts its cases mostly concern. Gujranwala zone covers the four recruiting districts.
constexpr std::array<ZoneDistricts, 12> kZoneDistricts{{
    {"GRW", {0, 1, 2, 3, 4, 5}, {30, 26, 20, 18, 4, 2}},
    {"LHR", {7, 6, 8, 29, 0, 3}, {40, 20, 12, 10, 9, 9}},
    {"FSD", {9, 10, 11, 2, 5, 0}, {45, 20, 15, 10, 5, 5}},
    {"MLT", {14, 15, 9, 11, 7, 0}, {50, 30, 8, 6, 3, 3}},
    {"ISB", {16, 13, 12, 0, 2, 3}, {30, 30, 20, 8, 6, 6}},
    {"PSH", {17, 18, 19, 20, 16, 0}, {40, 25, 20, 5, 5, 5}},
    {"KHT", {20, 21, 17, 18, 16, 13}, {45, 30, 10, 5, 5, 5}},
    {"GB", {28, 16, 13, 17, 0, 3}, {70, 10, 10, 4, 3, 3}},
    {"KHI", {22, 23, 26, 0, 7, 17}, {60, 10, 5, 10, 10, 5}},
    {"HYD", {23, 22, 24, 25, 0, 7}, {55, 20, 10, 10, 3, 2}},
    {"SKR", {24, 25, 23, 22, 26, 0}, {55, 25, 8, 6, 3, 3}},
    {"BLN", {26, 27, 0, 1, 2, 17}, {45, 25, 10, 8, 7, 5}},
}};

const Pair& pick(Rng& rng, std::span<const Pair> list, int headBias = 0) {
    // headBias: the share (in percent) of picks taken from the first third, where central Punjab names sit.
    if (headBias > 0 && rng.between(0, 99) < headBias) {
        return list[static_cast<std::size_t>(rng.between(0, static_cast<int>(list.size() / 3) - 1))];
    }
    return rng.pick(list);
}

QString join(const char* a, const char* b) {
    return QString::fromUtf8(a) + QLatin1Char(' ') + QString::fromUtf8(b);
}

} // namespace

std::span<const District> districts() {
    return kDistricts;
}

int districtFor(Rng& rng, const QString& zoneCode) {
    for (const ZoneDistricts& z : kZoneDistricts) {
        if (zoneCode == QLatin1String(z.zone)) {
            // One in six is recorded far from home: migrants travel to the office that registered the case.
            if (rng.between(0, 5) == 0) {
                const ZoneDistricts& home = kZoneDistricts[0];
                return home.districts[static_cast<std::size_t>(rng.weighted(home.weights))];
            }
            return z.districts[static_cast<std::size_t>(rng.weighted(z.weights))];
        }
    }
    return kZoneDistricts[0].districts[static_cast<std::size_t>(rng.weighted(kZoneDistricts[0].weights))];
}

Identity NameFactory::person(Rng& rng, char sex, int minAge, int maxAge, const QDate& reference, int district) {
    Identity id;
    id.sex = sex;
    id.district = district;
    const Pair& family = pick(rng, kFamily, district <= 5 ? 60 : 0);
    const bool muhammad = sex == 'M' && rng.chance(0.3);
    const Pair& first = sex == 'M' ? pick(rng, kMale) : pick(rng, kFemale);
    id.nameLatin = muhammad ? join("Muhammad", first.latin) : QString::fromUtf8(first.latin);
    id.nameUrdu = muhammad ? join("محمد", first.urdu) : QString::fromUtf8(first.urdu);
    id.nameLatin += QLatin1Char(' ') + QString::fromUtf8(family.latin);
    id.nameUrdu += QLatin1Char(' ') + QString::fromUtf8(family.urdu);
    id.familyLatin = QString::fromUtf8(family.latin);
    id.familyUrdu = QString::fromUtf8(family.urdu);
    // Women are identified through the father or, when married, the husband.
    const bool married = sex == 'F' && rng.chance(0.5);
    id.relation = sex == 'M' ? QStringLiteral("SO") : married ? QStringLiteral("WO") : QStringLiteral("DO");
    const Pair& relative = pick(rng, kMale);
    const Pair& relativeFamily = married ? pick(rng, kFamily, 50) : family;
    id.relativeLatin = join(relative.latin, relativeFamily.latin);
    id.relativeUrdu = join(relative.urdu, relativeFamily.urdu);
    const int age = rng.between(minAge, maxAge);
    id.birthDate = reference.addYears(-age).addDays(-rng.between(0, 364));
    const District& d = kDistricts[static_cast<std::size_t>(district)];
    id.cnic = cnic(rng, d, sex);
    id.tehsil = QString::fromUtf8(d.tehsils[rng.between(0, 2)]);
    id.locality = QString::fromUtf8(rng.pick(std::span<const char* const>(kLocalities)));
    return id;
}

Identity NameFactory::fatherOf(Rng& rng, const Identity& child) {
    Identity father = person(rng, 'M', 45, 70, child.birthDate.addYears(0), child.district);
    const Pair& first = pick(rng, kMale);
    father.nameLatin = join(first.latin, child.familyLatin.toUtf8().constData());
    father.nameUrdu = join(first.urdu, child.familyUrdu.toUtf8().constData());
    father.familyLatin = child.familyLatin;
    father.familyUrdu = child.familyUrdu;
    father.birthDate = child.birthDate.addYears(-rng.between(20, 40));
    father.tehsil = child.tehsil;
    father.locality = child.locality;
    return father;
}

QString NameFactory::cnic(Rng& rng, const District& district, char sex) {
    char digits[13];
    digits[0] = district.provinceDigit;
    digits[1] = district.cnicArea[0];
    digits[2] = district.cnicArea[1];
    for (int i = 3; i < 12; ++i) {
        digits[i] = static_cast<char>('0' + rng.between(0, 9));
    }
    // Last digit: odd for men, even for women.
    const int last = rng.between(0, 4) * 2 + (sex == 'M' ? 1 : 0);
    digits[12] = static_cast<char>('0' + last);
    return QString::fromLatin1(digits, 13);
}

QString NameFactory::mobile(Rng& rng) {
    // +92 3xx xxxxxxx: 300-349 cover the networks' ranges.
    char buf[13];
    buf[0] = '+';
    buf[1] = '9';
    buf[2] = '2';
    buf[3] = '3';
    const int net = rng.between(0, 49);
    buf[4] = static_cast<char>('0' + net / 10);
    buf[5] = static_cast<char>('0' + net % 10);
    for (int i = 6; i < 13; ++i) {
        buf[i] = static_cast<char>('0' + rng.between(0, 9));
    }
    return QString::fromLatin1(buf, 13);
}

QString NameFactory::passport(Rng& rng) {
    static constexpr std::array<const char*, 12> series{
        {"AB", "AC", "AD", "AF", "AG", "AK", "BN", "BP", "BW", "CK", "CV", "DJ"}};
    char buf[9];
    const char* s = rng.pick(std::span<const char* const>(series));
    buf[0] = s[0];
    buf[1] = s[1];
    for (int i = 2; i < 9; ++i) {
        buf[i] = static_cast<char>('0' + rng.between(0, 9));
    }
    return QString::fromLatin1(buf, 9);
}

QString NameFactory::alias(Rng& rng) {
    return QString::fromLatin1(rng.pick(std::span<const char* const>(kAliases)));
}

QString NameFactory::networkName(Rng& rng, const QString& familyLatin, int district) {
    static constexpr std::array<const char*, 4> kinds{{"network", "group", "gang", "ring"}};
    return QStringLiteral("%1 %2 (%3)")
        .arg(familyLatin, QString::fromLatin1(rng.pick(std::span<const char* const>(kinds))),
             QString::fromUtf8(kDistricts[static_cast<std::size_t>(district)].latin));
}

QString NameFactory::frontCompanyName(Rng& rng, int district) {
    static constexpr std::array<const char*, 10> words{{"Al-Noor", "Madina", "Sky Link", "Global", "Al-Habib", "Falcon",
                                                        "Star", "Euro Gate", "Green Crescent", "Royal"}};
    static constexpr std::array<const char*, 4> kinds{
        {"Travels", "Travel & Tours", "Overseas Employment", "Consultants"}};
    return QStringLiteral("%1 %2 %3")
        .arg(QString::fromLatin1(rng.pick(std::span<const char* const>(words))),
             QString::fromLatin1(rng.pick(std::span<const char* const>(kinds))),
             QString::fromUtf8(kDistricts[static_cast<std::size_t>(district)].latin));
}

QString NameFactory::officerName(Rng& rng, QString* urdu) {
    const Pair& first = pick(rng, kMale);
    const Pair& family = pick(rng, kFamily);
    *urdu = join(first.urdu, family.urdu);
    return join(first.latin, family.latin);
}

} // namespace caselink::synthetic
