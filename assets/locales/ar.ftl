# Heartpath: every word a person reads, in English.
# Keep sentences short and plain: a host test fails any step above reading grade 6.
# Step texts may choose words by the patient's setup:
#   $access = wrist | groin, $artery = lad | circumflex | rca,
#   $treatment = stent | balloon, $urgency = planned | emergency.

app-name = Heartpath
app-tagline = توسيع الشرايين التاجية (PCI)، خطوة بخطوة

## The journey

step-heart-title = قلبك وشرايينه
step-heart-text = { $urgency ->
        [emergency] قلبك عضلة قوية تحتاج إلى دم خاص بها. أنابيب صغيرة تسمى الشرايين التاجية توصل الدم إليه. في النوبة القلبية، ينسد أحد هذه الشرايين تمامًا، لذلك يعمل الفريق بسرعة ليفتحه من جديد.
       *[planned] قلبك عضلة قوية تحتاج إلى دم خاص بها. أنابيب صغيرة تسمى الشرايين التاجية توصل الدم إليه. أحد هذه الشرايين صار ضيقًا بسبب تراكم من الدهون يسمى اللويحة. يمر فيه دم أقل، وهذا قد يسبب ألمًا في الصدر (يسمى الذبحة الصدرية) أو ضيقًا في التنفس.
    }

step-ready-title = الاستعداد
step-ready-text = تذهب إلى غرفة اسمها غرفة القسطرة. تبقى مستيقظًا، وقد تأخذ دواء يساعدك على الاسترخاء. يخدر الفريق الجلد في { $access ->
        [groin] أعلى فخذك
       *[wrist] رسغك
    } بإبرة صغيرة. ثم يضعون أنبوبًا قصيرًا ورفيعًا يسمى الغمد في الشريان هناك.

step-ready-note = من البداية إلى النهاية، يستغرق الأمر في أغلب الأحيان من 30 دقيقة إلى ساعتين.

step-travel-title = الأنبوب يسير إلى قلبك
step-travel-text = يدخل أنبوب طويل ولين ورفيع من خلال الغمد، واسمه أنبوب القسطرة. يوجهه الطبيب { $access ->
        [groin] عبر جسمك
       *[wrist] عبر ذراعك
    } حتى يصل إلى قلبك، وهو يتابعه على شاشة الأشعة. لن تشعر بحركته داخل جسمك.

step-pictures-title = صور لشرايينك
step-pictures-text = يضع الطبيب صبغة في أنبوب القسطرة. تظهر الصبغة في صور الأشعة، وهذه الصور تسمى تصوير الشرايين. قد تشعر بالدفء لوقت قصير، وهذا طبيعي. تبين الصور أين الشريان { $urgency ->
        [emergency] مسدود.
       *[planned] ضيق.
    }

step-pictures-note = { $urgency ->
        [emergency] قد يستخدم الفريق أيضًا أدوات أخرى لمساعدة قلبك على الضخ أو على الحفاظ على نبض منتظم.
       *[planned] { $treatment ->
            [angiogram] أحيانًا يكمل الطبيب ويعالج الجزء الضيق في الحال، والأنبوب ما زال في مكانه. اسأل فريقك إن كان هذا قد يحدث لك.
           *[other] إذا جئت للتصوير فقط، فقد يكمل الطبيب ويعالج الجزء الضيق. الأنبوب في مكانه، لذلك يمكن فعل هذا في الحال.
        }
    }

step-wire-title = { $urgency ->
        [emergency] سلك رفيع يعبر الانسداد
       *[planned] سلك رفيع يعبر الجزء الضيق
    }
step-wire-text = بعد ذلك، يدخل سلك رفيع جدًا داخل أنبوب القسطرة. يوجهه الطبيب بلطف عبر الجزء { $urgency ->
        [emergency] المسدود
       *[planned] الضيق
    } حتى يتجاوزه. السلك دليل لما يأتي بعده.

step-balloon-title = بالون يوسع الشريان
step-balloon-text = { $urgency ->
        [emergency] ينزلق بالون صغير جدًا على السلك حتى يصل إلى الجزء المسدود. يملؤه الطبيب فيكبر، ويضغط الانسداد حتى يلتصق بجدار الشريان. ثم يصغر الطبيب البالون من جديد ويخرجه.
       *[planned] ينزلق بالون صغير جدًا على السلك حتى يصل إلى الجزء الضيق. يملؤه الطبيب فيكبر، ويضغط اللويحة حتى تلتصق بجدار الشريان. ثم يصغر الطبيب البالون من جديد ويخرجه.
    }
step-balloon-safety = قد تشعر بألم في الصدر لوقت قصير. أخبر الفريق في الحال.

step-balloon-note = بعض الناس عندهم أكثر من جزء ضيق، وقد يعالج الطبيب أكثر من جزء واحد.

step-stent-title = الدعامة تبقي الشريان مفتوحًا
step-stent-text = الدعامة أنبوب صغير مصنوع من شبكة معدنية. تكون مطوية على بالون. عندما يملأ الطبيب البالون، تنفتح الدعامة وتضغط على جدار الشريان. يصغر البالون ويخرج، لكن الدعامة تبقى لتبقي الشريان مفتوحًا.


step-flow-title = الدم يجري بحرية من جديد
step-flow-text = يستطيع الدم الآن أن يجري بحرية إلى قلبك. ينظر الطبيب نظرة أخيرة بصور الأشعة. ثم يخرج السلك والأنابيب{ $access ->
        [groin] . يضغط الفريق على أعلى فخذك أو يستخدم سدادة صغيرة، وتبقى مستلقيًا على ظهرك لبضع ساعات.
       *[wrist] ، ويوضع رباط مشدود على رسغك لوقف النزيف. يرخيه الفريق شيئًا فشيئًا خلال ساعتين تقريبًا.
    }

step-results-title = ما تبينه الصور
step-results-text = يخرج الطبيب الأنابيب{ $access ->
        [groin] ، ويضغط الفريق على أعلى فخذك أو يستخدم سدادة صغيرة لوقف النزيف.
       *[wrist] ، ويوضع رباط مشدود على رسغك لوقف النزيف.
    } ثم يتحدث معك فريقك عما بينته الصور. يخبرونك بالخيارات وبسبب كل خيار. من هذه الخيارات: الأدوية، أو البالون والدعامة، أو عملية جراحية لتحويل مسار الدم في القلب.

step-after-title = بعد الإجراء
step-after-text = { $urgency ->
        [emergency] بعد النوبة القلبية، تبقى مدة أطول. يبقى معظم الناس في المستشفى 2 أو 3 أيام.
       *[planned] يعود معظم الناس إلى البيت في اليوم نفسه أو في اليوم التالي.
    } { $treatment ->
        [angiogram] سيخبرك فريقك إن كنت تحتاج إلى أي أدوية جديدة، وبما سيأتي بعد ذلك.
        [stent] ستأخذ أدوية تمنع تجلط الدم على الدعامة. خذها تمامًا كما يقول لك فريقك.
       *[balloon] ستأخذ أدوية تمنع تجلط الدم. خذها تمامًا كما يقول لك فريقك.
    }
step-after-safety = { $treatment ->
        [angiogram] لا توقف أي دواء أبدًا دون أن تسأل فريقك.
       *[other] لا توقف هذه الأدوية أبدًا دون أن تسأل طبيب القلب.
    } إذا نزف مكان الأنبوب وأنت في البيت، اضغط عليه بقوة. ثم اتصل بـ{ $emergency }.

## Said once, on the first step, at every screen size
note-lead = من المفيد أن تعرف:
procedure-name = { $treatment ->
        [angiogram] يشرح لك هذا الدليل تصوير الشرايين التاجية. وهو مجموعة من صور الأشعة لقلبك وشرايينه.
        [balloon] يشرح لك هذا الدليل توسيع الشرايين التاجية. وقد تسمع أيضًا اسمه المختصر PCI.
       *[stent] يشرح لك هذا الدليل توسيع الشرايين التاجية. وقد تسمع أيضًا اسم PCI، أو «تركيب دعامة».
    }

## The main points, at the end of the journey
main-points-title = أهم النقاط
main-point-what = يصل أنبوب رفيع إلى قلبك. { $treatment ->
        [angiogram] تبين الصبغة شرايينك في صور الأشعة، ويتحدث معك فريقك عنها.
        [stent] بالون صغير جدًا ودعامة يفتحان الشريان { $urgency ->
                [emergency] المسدود
               *[planned] الضيق
            }.
       *[balloon] بالون صغير جدًا يفتح الشريان { $urgency ->
                [emergency] المسدود
               *[planned] الضيق
            }.
    }
main-point-feel = { $treatment ->
        [angiogram] تبقى مستيقظًا. قد تشعر بالدفء لوقت قصير عندما تدخل الصبغة.
       *[other] تبقى مستيقظًا. قد تشعر بألم في الصدر لوقت قصير، فأخبر الفريق.
    }
main-point-medicines = خذ أدويتك كل يوم. لا توقفها أبدًا إلا إذا قال لك فريقك ذلك.
main-point-help = في البيت: إذا نزف مكان دخول الأنبوب، اضغط عليه بقوة واتصل بـ{ $emergency }. إذا لم يذهب ألم الصدر مع الراحة، اتصل بـ{ $emergency }.

app-failed = عذرًا، حدث خطأ. أعد تحميل الصفحة من فضلك. إذا حدث هذا مرة أخرى، اطلب من فريق القلب نشرة مطبوعة.

## Always said
ask-team = عندك أسئلة؟ اسأل فريق القلب. هم يعرفون حالتك أنت.

## Words on the picture
label-heart = القلب
label-artery = { $artery ->
        [circumflex] الشريان الجانبي
        [rca] الشريان الأيمن
       *[lad] الشريان الأمامي
    }
label-plaque = اللويحة
label-blockage = الانسداد
label-site = { $access ->
        [groin] أعلى الفخذ
       *[wrist] الرسغ
    }
label-numbing = دواء مخدر
label-sheath = الغمد
label-catheter = أنبوب القسطرة
label-aorta = الشريان الرئيسي
label-dye = الصبغة
label-narrowing = { $urgency ->
        [emergency] الانسداد
       *[planned] التضيق
    }
label-wire = السلك
label-balloon = البالون
label-stent = الدعامة
label-blood-flow = جريان الدم
label-band = { $access ->
        [groin] وسادة ضاغطة
       *[wrist] رباط الرسغ
    }
label-medicines = الأدوية
label-home = البيت

## "Your procedure": setting up this patient's own procedure
setup-open = إجراؤك
setup-title = إجراؤك
setup-intro = اختر ما يخطط له فريقك. تتغير الصور والكلمات لتناسب اختيارك.
sheet-done = تم
setup-access = مكان دخول الأنبوب
choice-access-wrist = الرسغ
choice-access-groin = الأربية (أعلى الفخذ)
setup-artery = أي شريان ضيق
choice-artery-lad = مقدمة القلب (LAD)
choice-artery-circumflex = الجانب الأيسر (الشريان المنعطف)
choice-artery-rca = الجانب الأيمن (RCA)
setup-treatment = ما الذي يتم عمله
choice-treatment-stent = بالون ودعامة
choice-treatment-balloon = بالون فقط
choice-treatment-angiogram = صور فقط (تصوير الشرايين)
setup-urgency = متى
choice-urgency-planned = مخطط له
choice-urgency-emergency = طارئ (نوبة قلبية)

## "Give to patient": the link back to this explainer, to take home
handover-open = تسليم للمريض
handover-title = تسليم للمريض
handover-intro = امسح الرمز بكاميرا الهاتف، أو انسخ الرابط، لتشاهد هذا مرة أخرى في البيت.
handover-qr = رمز تمسحه بكاميرا الهاتف. يفتح نفس الرابط الموجود في الأسفل.
handover-link = الرابط
handover-copy = انسخ الرابط
handover-copied = تم النسخ
handover-share = مشاركة
handover-print = اطبع نشرة
handover-private = الرابط يحمل فقط اختيارات إجرائك والخطوة. لا يحمل أي شيء عنك.

## Presentation mode
present-tools = العرض
present-start = اعرض
present-hide-words = إخفاء الكلمات
present-show-words = إظهار الكلمات
present-larger = كلمات أكبر
present-stop = إيقاف العرض

## Point and draw over the picture
ink-tools = أدوات الرسم
ink-pen = ارسم
ink-laser = أشر
ink-colour-purple = قلم بنفسجي
ink-colour-green = قلم أخضر
ink-colour-orange = قلم برتقالي
ink-undo = تراجع
ink-clear = امسح الكل

language-label = اللغة

## Controls
panel-more = المزيد في الأسفل
control-previous = الخطوة السابقة
control-next = الخطوة التالية
control-play = تشغيل
control-pause = إيقاف مؤقت
control-replay = أعد تشغيل هذه الخطوة
control-step-of = الخطوة { $number } من { $total }
control-go-to = انتقل إلى الخطوة { $number }: { $title }
control-scrub = الوقت في هذه الخطوة
control-speed = السرعة
control-speed-slow = أبطأ
control-speed-normal = عادية
control-speed-fast = أسرع
control-auto = تشغيل الكل
control-steps = الخطوات

## Notes
link-unknown = لم نجد هذا الجزء من الدليل، لذلك بدأنا من البداية.
link-close = أغلق هذه الملاحظة

## A newer version of the guide, installed beside the running one
update-ready = توجد نسخة جديدة من هذا الدليل. لن يتغير شيء حتى تختار ذلك.
update-reload = استخدم النسخة الجديدة
update-later = لاحقًا

## The picture, for screen readers: its name, and what it shows in each step.
stage-label = صورة: { $title }
step-heart-shows = القلب وشرايينه. حلقة تحدد المكان، وصورة مكبرة في دائرة تبين { $urgency ->
        [emergency] جلطة تسد الشريان.
       *[planned] تراكمًا من الدهون يجعل الشريان ضيقًا.
    }
step-ready-shows = { $access ->
        [groin] أعلى الفخذ
       *[wrist] الرسغ
    }. إبرة صغيرة تخدر الجلد، ثم يدخل أنبوب قصير في الشريان.
step-travel-shows = الجسم كله. أنبوب رفيع يسير من { $access ->
        [groin] أعلى الفخذ
       *[wrist] الرسغ
    } حتى يصل إلى القلب.
step-pictures-shows = صورة أشعة للقلب. تملأ الصبغة الشرايين وتبين الجزء { $urgency ->
        [emergency] المسدود.
       *[planned] الضيق.
    }
step-wire-shows = منظر من داخل الشريان. سلك رفيع يعبر الجزء { $urgency ->
        [emergency] المسدود.
       *[planned] الضيق.
    }
step-balloon-shows = داخل الشريان. يكبر بالون في الجزء { $urgency ->
        [emergency] المسدود، ويضغط الجلطة واللويحة على الجدار.
       *[planned] الضيق، ويضغط اللويحة على الجدار.
    }
step-stent-shows = داخل الشريان. تنفتح دعامة على بالون. يخرج البالون، وتبقى الدعامة.
step-flow-shows = يجري الدم من جديد في الشريان الذي صار واسعًا. ثم تخرج الأنابيب، { $access ->
        [groin] وتضغط وسادة على أعلى الفخذ.
       *[wrist] ويوضع رباط على الرسغ.
    }
step-results-shows = تختفي صورة الأشعة شيئًا فشيئًا. تخرج الأنابيب، { $access ->
        [groin] وتضغط وسادة على أعلى الفخذ.
       *[wrist] ويوضع رباط على الرسغ.
    }
step-after-shows = الجسم كله، وعليه علامة على المكان الذي تم علاجه. الأدوية والبيت يعنيان العودة إلى البيت.
## Said once when the step changes (screen readers).
step-announce = الخطوة { $number } من { $total }: { $title }

## Reading aloud, and how the page looks
voice-toggle = اقرأ بصوت عالٍ
voice-no-speech = هذا المتصفح لا يستطيع قراءة الكلمات بصوت عالٍ. ما زال بإمكانك أن تقرأها هنا.
voice-no-voice = لا يوجد في هذا الجهاز صوت لهذه اللغة. ما زال بإمكانك أن تقرأ الكلمات هنا.
display-open = المظهر
display-title = النص والألوان والحركة
display-text-size = حجم النص
display-text-normal = عادي
display-text-large = كبير
display-text-larger = أكبر
display-theme = الألوان
display-theme-system = مثل جهازي
display-theme-light = فاتح
display-theme-dark = داكن
display-motion = الصور
display-motion-moving = متحركة
display-motion-still = صور ثابتة
display-read-aloud = قراءة الكلمات بصوت عالٍ

## Pages beside the journey. Clinic numbers are variables, filled from the clinic's settings:
##   $emergency (default: default-emergency), $hospital (default: default-hospital).
default-emergency = رقم الطوارئ
default-hospital = رقم مستشفاك المكتوب في الرسالة التي أخذتها عند خروجك إلى البيت
clinic-hospital-named = { $name } على الرقم { $phone }
clinic-hospital = مستشفاك على الرقم { $phone }
sources = معلوماتنا مأخوذة من هيئة الصحة البريطانية (NHS)، ومؤسسة القلب البريطانية (British Heart Foundation)، ومايو كلينك (Mayo Clinic).
nav-title = المزيد لك
nav-more = المزيد عن إجرائك
nav-label = صفحات عما قبل إجرائك وما بعده
page-back = العودة إلى الدليل
page-of-guide = دليل Heartpath

page-before-title = قبل يوم الإجراء
page-before-intro = سيخبرك فريقك كيف تستعد. هذا ما عليك فعله.
page-before-food = اتبع نصيحة فريقك عن الأكل والشرب. غالبًا لا تأكل ولا تشرب شيئًا لمدة 6 إلى 8 ساعات قبل الإجراء. قد تأخذ أدويتك المعتادة مع رشفات صغيرة من الماء، إذا قال الفريق ذلك.
page-before-medicines = أحضر معك كل أدويتك، وبخاخ ألم الصدر إن كان عندك. قد يطلب منك فريقك أن توقف بعض الأدوية أو تغيرها لوقت قصير. قد يكون هذا دواء للسكري أو دواء لتمييع الدم.
page-before-allergies = أخبر الفريق عن أي حساسية عندك. قل لهم إن حدثت لك من قبل ردة فعل سيئة من صبغة الأشعة.
page-before-ride = اطلب من شخص أن يوصلك إلى البيت. يجب ألا تقود السيارة بنفسك إلى البيت.
page-before-tests-heading = الفحوص أولًا
page-before-tests = غالبًا تجري بعض الفحوص قبل يوم الإجراء. قد تكون تحاليل دم، وفحصًا لنبض قلبك يسمى تخطيط القلب (ECG)، وأحيانًا صورة أشعة للصدر.
page-before-emergency = في النوبة القلبية، يعمل الفريق بسرعة لفتح الشريان، فلا يوجد وقت للاستعداد في البيت. هذه الصفحة للناس الذين يخططون لإجرائهم مسبقًا.
page-before-emergency-tell = إذا استطعت، أخبر الفريق بالأدوية التي تأخذها. أخبرهم عن أي حساسية عندك، وخاصة من صبغة الأشعة.
safety-never-stop = لا توقف أي دواء من تلقاء نفسك أبدًا. اسأل فريقك أولًا.

page-risks-title = المخاطر
page-risks-intro = { $urgency ->
        [emergency] لكل علاج بعض المخاطر. هذا ما يحدث بين كل 100 شخص، حين نعرفه.
       *[planned] معظم الناس لا تحدث لهم مشاكل خطيرة. لكن لكل علاج بعض المخاطر. هذه هي، معروضة بما يحدث بين كل 100 شخص مثلك.
    }
risk-bruising-words = من الشائع أن تحدث كدمة أو نزيف في مكان دخول الأنبوب.
risk-bruising-number = يحدث هذا لأكثر من { $count } من كل 100 شخص. أي لأكثر من 1 من كل { $one_in }.
risk-bruising-picture = 100 شخص. أكثر من { $count } منهم تحدث لهم كدمة أو نزيف في مكان دخول الأنبوب.
risk-serious-words = المشاكل الخطيرة نادرة.
risk-serious-number = وهي النوبة القلبية، أو السكتة الدماغية، أو الوفاة. إذا كان إجراؤك مخططًا له، فأقل من { $count } من كل 100 شخص تحدث لهم واحدة منها. وأكثر من { $others } من كل 100 لا تحدث لهم.
risk-serious-picture = 100 شخص. أقل من { $count } منهم تحدث له مشكلة خطيرة. يظهر شخص واحد باهتًا: وهذا يعني أقل من { $count }.
risk-key-marked = أشخاص حدث لهم ذلك
risk-key-clear = أشخاص لم يحدث لهم ذلك
risk-key-faint = باهت: أقل من شخص واحد
page-risks-emergency = بعد النوبة القلبية، تكون مخاطر المشاكل الأخرى مختلفة. سيتحدث فريقك معك عنها.
page-risks-your-own = سيتحدث فريقك معك عن المخاطر الخاصة بك أنت.

page-home-title = العودة إلى البيت
page-home-when = { $urgency ->
        [emergency] بعد النوبة القلبية، تبقى مدة أطول. يبقى معظم الناس في المستشفى 2 أو 3 أيام.
       *[planned] يعود معظم الناس إلى البيت في اليوم نفسه أو في اليوم التالي.
    }
page-home-site-heading = { $access ->
        [groin] أعلى فخذك
       *[wrist] رسغك
    }
page-home-site = من الشائع أن تظهر كدمة في مكان دخول الأنبوب. انظر إلى المكان كل يوم. إذا نزف، اضغط عليه بقوة واتصل بـ{ $emergency }. عندك أسئلة عن المكان؟ اتصل بـ{ $hospital }.
page-home-lifting-heading = رفع الأشياء
page-home-lifting = لا ترفع أشياء ثقيلة لمدة أسبوع تقريبًا.
page-home-driving-heading = القيادة
page-home-driving = { $urgency ->
        [emergency] بعد النوبة القلبية، اسأل فريقك متى يمكنك أن تقود السيارة.
       *[planned] يجب ألا تقود السيارة حتى يقول فريقك إنك تستطيع. في بريطانيا، تكون المدة غالبًا نحو أسبوع لقيادة السيارة. القواعد ليست نفسها في البلاد الأخرى.
    }
page-home-work-heading = العمل
page-home-work = { $urgency ->
        [emergency] بعد النوبة القلبية، اسأل فريقك متى يمكنك أن تعود إلى العمل.
       *[planned] يعود معظم الناس إلى العمل بعد أسبوع تقريبًا. اسأل فريقك عما يناسب عملك.
    }
page-home-washing-heading = الاستحمام
page-home-washing = اسأل فريقك متى يمكنك أن تستحم تحت الدش أو في حوض الاستحمام.

page-medicines-title = أدويتك
page-medicines-why = { $treatment ->
        [angiogram] اسأل فريقك إن كنت تحتاج إلى أي أدوية جديدة. سيخبرونك.
        [stent] ستأخذ أدوية تمنع تجلط الدم على الدعامة. معظم الناس يأخذون نوعين منها.
       *[balloon] ستأخذ أدوية تمنع تجلط الدم. سيخبرك فريقك أي الأدوية تأخذ.
    }
page-medicines-how-long = { $treatment ->
        [angiogram] استمر في أخذ أدويتك المعتادة. لا توقف أي دواء إلا إذا قال فريقك ذلك.
        [stent] معظم الناس يأخذونها لمدة تصل إلى سنة أو أكثر. سيخبرك فريقك كم من الوقت تأخذها.
       *[balloon] سيخبرك فريقك كم من الوقت تأخذها.
    }
page-medicines-as-told = خذها كل يوم، تمامًا كما يقول لك فريقك.
page-medicines-tell-others = أخبر أي طبيب آخر أو طبيب أسنان أنك تأخذها. إذا قالوا لك أن توقفها، اسأل طبيب القلب أولًا.

page-help-title = طلب المساعدة
page-help-bleeding-heading = { $access ->
        [groin] إذا نزف أعلى فخذك
       *[wrist] إذا نزف رسغك
    }
page-help-press-picture = { $access ->
        [groin] اضغط بقوة بيدك على المكان في أعلى الفخذ الذي دخل منه الأنبوب.
       *[wrist] اضغط بقوة بإصبعين على المكان في رسغك الذي دخل منه الأنبوب.
    }
page-help-bleeding-press = اضغط بقوة على المكان الذي دخل منه الأنبوب.
page-help-bleeding-call = اتصل بـ{ $emergency }، أو اطلب من شخص آخر أن يتصل بدلًا منك.
page-help-bleeding-keep = استمر في الضغط حتى تصل المساعدة.
page-help-limb-heading = اطلب المساعدة فورًا إذا
page-help-limb = { $access ->
        [groin] ظهر تورم أكبر من كرة زجاجية صغيرة (بلية) في مكان دخول الأنبوب. أو صارت ساقك باردة أو شاحبة أو مؤلمة. اتصل بـ{ $emergency } الآن.
       *[wrist] ظهر تورم أكبر من كرة زجاجية صغيرة (بلية) في مكان دخول الأنبوب. أو صارت يدك باردة أو شاحبة أو مؤلمة. اتصل بـ{ $emergency } الآن.
    }
page-help-chest-heading = ألم الصدر
page-help-chest-rest = إذا شعرت بألم في الصدر، توقف عما تفعله واسترح.
page-help-chest-spray = إذا كان عندك بخاخ لألم الصدر، استخدمه كما علمك فريقك.
page-help-chest-call = إذا لم يذهب الألم، اتصل بـ{ $emergency }.

page-next-title = ما الذي يأتي بعد ذلك
page-next-narrow = { $treatment ->
        [angiogram] سيتحدث معك فريقك عما بينته الصور. يشرحون لك الخيارات، وسبب كل خيار.
       *[other] عند بعض الناس، يضيق الشريان مرة أخرى. ويحدث هذا غالبًا في الأشهر الأولى. الدعامة المغطاة بطبقة من الدواء تجعل حدوث ذلك أقل.
    }
page-next-aim = { $treatment ->
        [angiogram] مهما اخترتم معًا، هذه الأمور مهمة:
       *[other] { $urgency ->
            [emergency] فتح الإجراء الشريان المسدود. لتحمي قلبك من الآن فصاعدًا، هذه الأمور مهمة:
           *[planned] الهدف الأساسي من هذا الإجراء هو تخفيف ألم الصدر. وهو وحده لا يمنع حدوث نوبة قلبية في المستقبل. لذلك ما زالت هذه الأمور مهمة:
        }
    }
page-next-medicines = خذ أدويتك كل يوم.
page-next-check-ups = اذهب إلى كل مواعيد المتابعة.
page-next-habits = حافظ على عادات صحية. اسأل فريقك أي العادات تفيدك أكثر.

page-check-title = اختبر ما فهمته
page-check-intro = بعض الأسئلة القصيرة. اختر إجابة واحدة كل مرة. لا يتم حفظ أو إرسال أي شيء تختاره.
check-progress = السؤال { $number } من { $total }
check-right = هذا صحيح.
check-wrong = هذا غير صحيح.
check-show-me = أرني
check-next = السؤال التالي
check-try-again = حاول مرة أخرى
check-finish = اعرف نتيجتك
check-score = إجاباتك الصحيحة: { $right } من { $total }.
check-end = تحدث مع فريقك عن أي شيء لست متأكدًا منه.
check-again = ابدأ من جديد
check-awake-question = هل ستكون نائمًا أثناء الإجراء؟
check-awake-answer-1 = نعم، نائم تمامًا.
check-awake-answer-2 = لا. تبقى مستيقظًا، ويخدر الفريق الجلد.
check-awake-answer-3 = تكون نائمًا في نصف الوقت.
check-awake-why = تبقى مستيقظًا. إبرة صغيرة تخدر الجلد، وقد تأخذ دواء يساعدك على الاسترخاء.
check-stent-question = ما هي الدعامة؟
check-stent-answer-1 = أنبوب صغير من شبكة معدنية يبقي الشريان مفتوحًا.
check-stent-answer-2 = حبة دواء تأخذها كل يوم.
check-stent-answer-3 = نوع من صور الأشعة.
check-stent-why = الدعامة أنبوب صغير من شبكة معدنية. تبقى في الشريان لتبقيه مفتوحًا.
check-balloon-question = ماذا يفعل البالون الصغير جدًا؟
check-balloon-answer-1 = يبقى في الشريان إلى الأبد.
check-balloon-answer-2 = يلتقط صور الأشعة.
check-balloon-answer-3 = يضغط اللويحة حتى تلتصق بالجدار، ليوسع الشريان.
check-balloon-why = يملأ الطبيب البالون ليضغط اللويحة حتى تلتصق بالجدار. ثم يصغره ويخرجه.
check-chest-pain-question = ماذا تفعل إذا شعرت بألم في الصدر أثناء الإجراء؟
check-chest-pain-answer-1 = لا تقل شيئًا وانتظر.
check-chest-pain-answer-2 = حاول أن تقوم.
check-chest-pain-answer-3 = أخبر الفريق فورًا.
check-chest-pain-why = قد يحدث ألم في الصدر عندما يملأ الطبيب البالون. أخبر الفريق دائمًا.
check-ride-question = هل يمكنك أن تقود السيارة بنفسك إلى البيت؟
check-ride-answer-1 = نعم، إذا شعرت أنك بخير.
check-ride-answer-2 = لا. يجب أن يوصلك شخص إلى البيت.
check-ride-why = يجب ألا تقود السيارة بنفسك إلى البيت. رتب من يوصلك قبل يوم الإجراء.
check-stay-question = بعد النوبة القلبية، كم تبقى في المستشفى؟
check-stay-answer-1 = ساعة واحدة.
check-stay-answer-2 = يومان أو ثلاثة أيام.
check-stay-answer-3 = شهر.
check-stay-why = بعد النوبة القلبية، تبقى مدة أطول. يبقى معظم الناس في المستشفى 2 أو 3 أيام.
check-medicines-question = تشعر أنك بخير. هل يمكنك أن توقف أدوية منع التجلط؟
check-medicines-answer-1 = لا. لا توقفها أبدًا دون أن تسأل طبيب القلب.
check-medicines-answer-2 = نعم، عندما تشعر أنك بخير.
check-medicines-answer-3 = نعم، بعد أسبوع.
check-medicines-why = الشعور بأنك بخير ليس سببًا لتوقفها. هذه الأدوية تمنع تجلط الدم. لا توقفها إلا إذا قال لك طبيب القلب ذلك.
check-bleeding-question = بدأ مكان دخول الأنبوب ينزف وأنت في البيت. ماذا تفعل أولًا؟
check-bleeding-answer-1 = انتظر لترى هل يتوقف.
check-bleeding-answer-2 = اضغط بقوة على المكان، واتصل بـ{ $emergency }.
check-bleeding-answer-3 = اذهب إلى النوم.
check-bleeding-why = اضغط بقوة على المكان واتصل بـ{ $emergency }. استمر في الضغط حتى تصل المساعدة.
check-chest-home-question = في البيت، شعرت بألم في الصدر لا يذهب مع الراحة. ماذا تفعل؟
check-chest-home-answer-1 = انتظر حتى الصباح.
check-chest-home-answer-2 = اتصل بـ{ $emergency }.
check-chest-home-answer-3 = اخرج لتمشي.
check-chest-home-why = ألم الصدر الذي لا يذهب مع الراحة يحتاج إلى مساعدة سريعة. اتصل بـ{ $emergency }.
check-angiogram-question = ما هو تصوير الشرايين؟
check-angiogram-answer-1 = صور بالأشعة لشرايينك، تؤخذ باستخدام صبغة.
check-angiogram-answer-2 = بالون صغير جدًا في شريان.
check-angiogram-answer-3 = تحليل دم.
check-angiogram-why = تصوير الشرايين هو مجموعة من صور الأشعة. الصبغة تجعل الشرايين تظهر فيها.
check-results-question = ماذا يحدث بعد التصوير؟
check-results-answer-1 = لا شيء. لا تسمع عن الصور أبدًا.
check-results-answer-2 = يجب أن تقرر وحدك.
check-results-answer-3 = يتحدث معك فريقك عما تبينه الصور وعن الخيارات.
check-results-why = يشرح لك فريقك ما تبينه الصور، والخيارات المتاحة لك، وسبب كل خيار.
check-future-question = هل هذا الإجراء وحده يحميك من النوبات القلبية؟
check-future-answer-1 = لا. الأدوية ومواعيد المتابعة والعادات الصحية ما زالت مهمة.
check-future-answer-2 = نعم، إلى الأبد.
check-future-why = هو يساعد الشريان الآن. لتبقى بصحة جيدة في المستقبل، استمر في أخذ أدويتك، وفي مواعيد المتابعة، وفي عاداتك الجيدة.

page-handout-title = نشرتك
page-handout-intro = هذه الصفحة معدة للطباعة. تعرض إجراءك أنت، خطوة بخطوة، وما تفعله بعده.
printout-for = إجراؤك:
printout-print = اطبع
printout-questions = أسئلة أريد أن أسألها لفريقي
printout-date = تاريخ إجرائي:
printout-ward = رقم هاتف قسمي في المستشفى:
printout-scan = امسح الرمز بكاميرا الهاتف لتشاهد الدليل مرة أخرى.

## Words a person can tap for a plain meaning: the forms each takes in the text (comma-separated),
## then its meaning in one line.
term-open = ما معنى «{ $word }»؟
term-close = إغلاق
term-cath-lab = غرفة القسطرة
term-cath-lab-means = الغرفة التي يتم فيها الإجراء، وفيها جهاز أشعة.
term-coronary-arteries = الشرايين التاجية
term-coronary-arteries-means = الشرايين التي على القلب، وهي تغذي عضلة القلب.
term-artery = الشريان, شريان, الشرايين, شرايينك, لشرايينك, وشرايينه
term-artery-means = أنبوب يحمل الدم من القلب إلى الجسم.
term-plaque = اللويحة
term-plaque-means = تراكم من الدهون على الجدار الداخلي للشريان.
term-angina = الذبحة الصدرية
term-angina-means = ألم في الصدر يأتي عندما لا يصل إلى القلب دم كاف.
term-catheter = أنبوب القسطرة
term-catheter-means = أنبوب طويل ولين ورفيع يصل إلى القلب.
term-sheath = الغمد
term-sheath-means = أنبوب قصير يوضع في الشريان لتدخل منه الأنابيب الأخرى وتخرج.
term-local-anaesthetic = يخدر, ويخدر, تخدر
term-local-anaesthetic-means = دواء يوضع في الجلد حتى لا تشعر بألم هناك. وتبقى مستيقظًا.
term-angiogram = تصوير الشرايين
term-angiogram-means = صور بالأشعة للشرايين، تؤخذ باستخدام صبغة.
term-guidewire = السلك, سلك
term-guidewire-means = سلك رفيع جدًا ومرن يوجه البالون والدعامة.
term-balloon = البالون, بالون
term-balloon-means = بالون صغير جدًا على أنبوب. يملأ داخل الشريان ليوسعه، ثم يخرج.
term-stent = الدعامة, دعامة, والدعامة, ودعامة
term-stent-means = أنبوب صغير من شبكة معدنية يبقى في الشريان ليبقيه مفتوحًا.
term-antiplatelet = أدوية تمنع تجلط الدم, أدوية منع التجلط
term-antiplatelet-means = أدوية تمنع تكون جلطات الدم.

## The last step's tiles, each opening its page
after-home = العودة إلى البيت
after-medicines = أدويتك
after-help = طلب المساعدة
after-next = ما الذي يأتي بعد ذلك
