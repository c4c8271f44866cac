# Heartpath: every word a person reads, in Simplified Chinese (Mainland).
# Keep sentences short and plain.
# Step texts may choose words by the patient's setup:
#   $access = wrist | groin, $artery = lad | circumflex | rca,
#   $treatment = stent | balloon | angiogram, $urgency = planned | emergency.
# One thing, one name: "管子" is only ever the catheter (导管); the short one at the wrist or
# groin is the sheath (鞘管, "一个又短又细的小套筒"); the stent is a small metal-mesh frame
# (支架, "金属网做的小架子"); the spot is always "鞘管放进去的地方".

app-name = Heartpath
app-tagline = 冠状动脉介入治疗（PCI），一步一步讲给您听

## The journey

step-heart-title = 您的心脏和冠状动脉
step-heart-text = { $urgency ->
        [emergency] { $treatment ->
            [angiogram] 您的心脏是一块很有力的肌肉，它自己也需要血。给心脏送血的血管，叫冠状动脉。心梗时，其中一条血管完全堵住了。医护人员会抓紧时间，拍X光片找到这条血管。
           *[other] 您的心脏是一块很有力的肌肉，它自己也需要血。给心脏送血的血管，叫冠状动脉。心梗时，其中一条血管完全堵住了。医护人员会抓紧时间，把它重新打通。
        }
       *[planned] { $treatment ->
            [angiogram] 您的心脏是一块很有力的肌肉，它自己也需要血。给心脏送血的血管，叫冠状动脉。有时候，油脂会在血管里堆起来，叫斑块，让其中一条血管变窄。流过去的血变少了，会引起胸痛（叫心绞痛），或者让您喘不上气。
           *[other] 您的心脏是一块很有力的肌肉，它自己也需要血。给心脏送血的血管，叫冠状动脉。其中一条血管里有油脂堆成的东西，叫斑块，让血管变窄了。流过去的血变少了，会引起胸痛（叫心绞痛），或者让您喘不上气。
        }
    }

step-ready-title = 做好准备
step-ready-text = 您会去一个叫导管室的房间。{ $urgency ->
        [emergency] 您通常是清醒的。
       *[planned] 您是清醒的，可能会给您用一点药，帮您放松。
    }医护人员用一根小针给您{ $access ->
        [groin] 大腿根部
       *[wrist] 手腕
    }的皮肤打麻药。然后，他们把一个又短又细的小套筒放进那里的动脉，它叫鞘管。

step-ready-note = { $urgency ->
        [emergency] 心梗时，医护人员会尽量快地做。
       *[planned] { $treatment ->
            [angiogram] 请问您的心脏科医护人员，要做多久。
           *[other] 从开始到结束，大多需要30分钟到2小时。
        }
    }

step-travel-title = 管子一路走到心脏
step-travel-text = 一根又长又软的细管子从鞘管里进去，这根管子叫导管。医生看着X光屏幕，把它{ $access ->
        [groin] 从身体里往上
       *[wrist] 沿着手臂往上
    }送到心脏。导管在您身体里移动，您应该感觉不到。如果您觉得痛，或者觉得哪里不对劲，请告诉医护人员。

step-pictures-title = 给动脉拍片子
step-pictures-text = 医生往导管里打一种药水，叫造影剂。造影剂在X光片上看得见，这些片子叫血管造影。您可能会有一小会儿觉得身上发热，这是正常的。{ $urgency ->
        [emergency] 片子能看出动脉哪里堵住了。
       *[planned] { $treatment ->
            [angiogram] 片子能让心脏科医护人员看到，有没有动脉变窄，窄在哪里。
           *[other] 片子能看出动脉哪里变窄了。
        }
    }

step-pictures-note = { $urgency ->
        [emergency] { $treatment ->
            [angiogram] 通常，趁导管还在里面，医护人员会接着马上把动脉打通。如果他们选了别的办法，会告诉您为什么。
           *[other] 医护人员也可能用别的工具，帮心脏泵血，或者让心跳保持平稳。
        }
       *[planned] { $treatment ->
            [angiogram] 有时候，趁导管还在里面，医生会接着马上治疗变窄的地方。只有您事先同意了，才会这样做。问问您的心脏科医护人员，您会不会遇到这种情况。
           *[other] 在手术开始之前，心脏科医护人员会请您同意做这种治疗。有时候，片子显示别的办法更好，比如心脏搭桥手术。这时，心脏科医护人员会和您谈这件事。
        }
    }

step-wire-title = { $urgency ->
        [emergency] 一根细导丝穿过堵住的地方
       *[planned] 一根细导丝穿过变窄的地方
    }
step-wire-text = 接着，一根很细的导丝顺着导管进去。医生轻轻地把它穿过{ $urgency ->
        [emergency] 堵住的
       *[planned] 变窄的
    }地方，再往前送一点。导丝给后面的步骤带路。

step-balloon-title = 球囊把动脉撑宽
step-balloon-text = { $urgency ->
        [emergency] 一个很小的球囊顺着导丝滑到堵住的地方。医生让它鼓起来变大，把堵住的东西压扁，贴到动脉壁上。然后让球囊变小，再拿出来。
       *[planned] 一个很小的球囊顺着导丝滑到变窄的地方。医生让它鼓起来变大，把斑块压扁，贴到动脉壁上。然后让球囊变小，再拿出来。
    }
step-balloon-safety = 您的胸口可能会有点痛，时间很短。请告诉医护人员，他们能帮助您。

step-balloon-note = 有些人不止一个地方变窄或堵住。可能会治疗不止一个地方。

step-stent-title = 支架让动脉保持畅通
step-stent-text = 支架是一个用金属网做的很小的架子。它折叠着套在另一个球囊上，送进去。这个球囊鼓起来时，支架就撑开，紧紧贴在动脉壁上。球囊变小后拿出来，但支架留在里面，撑着动脉，让它保持畅通。


step-flow-title = { $urgency ->
        [emergency] 血又能流过去了
       *[planned] 血流得更顺畅了
    }
step-flow-text = 现在，血能更容易地流到心脏的肌肉里了。医生再用X光片最后看一次。{ $access ->
        [groin] 然后取出导丝、导管和鞘管。医护人员会用一个垫子按住您的大腿根部，或者用一个小塞子把动脉封上。您要平躺几个小时。
       *[wrist] 然后取出导丝、导管和鞘管，在您手腕上绑一条很紧的带子来止血。大约2个小时里，医护人员会一点一点把它放松。
    }

step-results-title = 片子上看到了什么
step-results-text = { $urgency ->
        [emergency] 心脏科医护人员会告诉您片子上看到了什么，以及有哪些选择。可能是吃药、把动脉打通的治疗，或者心脏搭桥手术。
       *[planned] 如果片子上看到有变窄的地方，心脏科医护人员会告诉您有哪些选择。可能是吃药、把动脉撑宽的治疗，或者心脏搭桥手术。
    }{ $access ->
        [groin] 然后，医生取出导管和鞘管。医护人员会用一个垫子按住您的大腿根部，或者用一个小塞子把那里封上。您要平躺几个小时。
       *[wrist] 然后，医生取出导管和鞘管，在您手腕上绑一条很紧的带子。大约2个小时里，医护人员会一点一点把它放松。
    }

step-after-title = 手术以后
step-after-text = { $urgency ->
        [emergency] 心梗以后，您要在医院住一段时间。大多数人住2到3天。
       *[planned] 大多数人当天或第二天就能回家。如果当天回家，第一个晚上要有一个成年人陪着您。
    }{ $treatment ->
        [angiogram] 您的心脏科医护人员会告诉您要不要吃新的药，以及接下来怎么办。
        [stent] 您要吃防血栓的药。这些药能防止支架上长血栓，所以一定要按心脏科医护人员说的吃。
       *[balloon] 您要吃防血栓的药。这些药能防止长血栓，所以一定要按心脏科医护人员说的吃。
    }
step-after-safety = { $treatment ->
        [angiogram] 没问过心脏科医护人员，千万不要停药。
       *[other] 没问过心脏科医护人员，千万不要停防血栓的药。也不要让药吃完了接不上。
    }

## Said once, on the first step, at every screen size
note-lead = 小提示：
procedure-name = { $urgency ->
        [emergency] { $treatment ->
            [angiogram] 这个指南讲心梗时紧急做的冠状动脉造影。它讲发生了什么，以及现在该怎么做。
           *[other] 这个指南讲心梗时紧急做的冠状动脉介入治疗（PCI）。它讲发生了什么，以及现在该怎么做。
        }
       *[planned] { $treatment ->
            [angiogram] 这个指南给您讲冠状动脉造影。就是给您的心脏和心脏的动脉拍一组X光片。
            [balloon] 这个指南给您讲用球囊做的冠状动脉介入治疗。您也可能听到它的简称，叫PCI。
           *[stent] 这个指南给您讲冠状动脉介入治疗。您也可能听到有人叫它PCI，或者叫放支架。
        }
    }

## The main points, at the end of the journey, and on the handout
main-points-title = 要点
main-point-what = 一根细管子送到您的心脏。{ $treatment ->
        [angiogram] 造影剂让动脉在X光片上显出来，心脏科医护人员会和您谈片子上看到了什么。
        [stent] 一个很小的球囊和一个支架把{ $urgency ->
                [emergency] 堵住的
               *[planned] 变窄的
            }动脉撑开。
       *[balloon] 一个很小的球囊把{ $urgency ->
                [emergency] 堵住的
               *[planned] 变窄的
            }动脉撑开。
    }
main-point-feel = { $treatment ->
        [angiogram] { $urgency ->
            [emergency] 打造影剂时，您可能会有一小会儿觉得发热。
           *[planned] 您是清醒的。打造影剂时，您可能会有一小会儿觉得发热。
        }
       *[other] 球囊鼓起来的时候，您的胸口可能会有点痛，时间很短。请告诉医护人员，这样他们能帮助您。
    }
main-point-medicines = { $treatment ->
        [angiogram] 平时吃的药，要按心脏科医护人员说的吃。除非他们让您停，任何一种药都不要停，暂停也不行。医生是不是也把您的动脉撑宽了？如果是，您要吃新的防血栓的药。没问过心脏科医护人员，千万不要停这些药，也不要让药吃完了接不上。
       *[other] 每天都要吃防血栓的药。没问过心脏科医护人员，千万不要停药，也不要让药吃完了接不上。
    }
main-point-bleeding = { $access ->
        [groin] 如果在家里大腿根部出血：请平躺，用力按住出血的地方。一直按住，同时打{ $emergency }，或者请别人帮您打。一直按到有人来帮忙。
       *[wrist] 如果在家里手腕出血：请用力按住出血的地方。一直按住，同时打{ $emergency }，或者请别人帮您打。一直按到有人来帮忙。
    }
main-point-chest = 在家胸痛时：请停下来休息。如果您有硝酸甘油喷雾，就用它。5分钟后，如果痛没有减轻，再喷一次。喷第二次以后，又过了5分钟还痛？请打{ $emergency }。没有喷雾？休息几分钟后，如果痛还没停，就打{ $emergency }。如果痛得很厉害，或者出汗、恶心、喘不上气，或者痛传到手臂、脖子、下巴或后背，要马上打{ $emergency }。

main-point-night = 如果当天回家，第一个晚上要有一个成年人陪着您。

app-failed = 对不起，出了点问题。请重新打开这个页面。如果还是这样，请向心脏科医护人员要一份纸质说明。

## Always said
ask-team = 有问题吗？请咨询您的心脏科医护人员。他们了解您自己的情况。

## Words on the picture
label-heart = 心脏
label-artery = { $artery ->
        [circumflex] 侧面的动脉
        [rca] 右边的动脉
       *[lad] 前面的动脉
    }
label-plaque = { $treatment ->
        [angiogram] 可能的斑块
       *[other] 斑块
    }
label-blockage = 堵塞
label-site = { $access ->
        [groin] 大腿根部
       *[wrist] 手腕
    }
label-numbing = 麻药
label-sheath = 鞘管
label-catheter = 导管
label-aorta = 主血管
label-dye = 动脉里的造影剂
label-narrowing = { $urgency ->
        [emergency] 堵塞
       *[planned] { $treatment ->
            [angiogram] 可能的变窄处
           *[other] 变窄处
        }
    }
label-wire = 导丝
label-balloon = 球囊
label-stent = 支架
label-treated = { $treatment ->
        [stent] 支架
       *[other] 打开的动脉
    }
label-blood-flow = 血流
label-band = { $access ->
        [groin] 按压垫
       *[wrist] 腕带
    }
label-medicines = 药
label-home = 家

## "Your procedure": setting up this patient's own procedure
setup-open = 您的手术
setup-title = 您的手术
setup-intro = 选择心脏科医护人员给您安排的做法。图片和文字会跟着变。
sheet-done = 完成
setup-access = 管子从哪里进去
choice-access-wrist = 手腕
choice-access-groin = 大腿根部（腹股沟）
setup-artery = 哪条动脉变窄了
choice-artery-lad = 前面的动脉（叫前降支）
choice-artery-circumflex = 侧面的动脉（叫回旋支）
choice-artery-rca = 右边的动脉（叫右冠状动脉）
setup-treatment = 做什么
choice-treatment-stent = 球囊和支架
choice-treatment-balloon = 只用球囊
choice-treatment-angiogram = 只拍片子（血管造影）
setup-urgency = 什么时候做
choice-urgency-planned = 提前安排
choice-urgency-emergency = 急诊（心梗）

## "Give to patient": the link back to this explainer, to take home
handover-open = 交给病人
handover-title = 交给病人
handover-intro = 用手机相机扫这个码，或者复制链接，回家后可以再看一遍。
handover-qr = 用手机相机扫的码。它打开的链接和下面的一样。
handover-link = 链接
handover-copy = 复制链接
handover-copied = 已复制
handover-share = 分享
handover-print = 打印一份说明
handover-private = 这个链接只记着您手术的选项和看到哪一步。里面没有任何关于您本人的信息。

## Presentation mode
present-tools = 演示
present-start = 开始演示
present-hide-words = 隐藏文字
present-show-words = 显示文字
present-larger = 放大文字
present-stop = 停止演示

## Point and draw over the picture
ink-tools = 画笔工具
ink-pen = 画
ink-laser = 指示
ink-colour-purple = 紫色笔
ink-colour-green = 绿色笔
ink-colour-orange = 橙色笔
ink-undo = 撤销
ink-clear = 清除

language-label = 语言

## Controls
panel-more = 下面还有
control-previous = 上一步
control-next = 下一步
control-play = 播放
control-pause = 暂停
control-replay = 重新播放这一步
control-step-of = 第{ $number }步，共{ $total }步
control-go-to = 去第{ $number }步：{ $title }
control-scrub = 这一步的时间
control-speed = 速度
control-speed-slow = 慢一点
control-speed-normal = 正常
control-speed-fast = 快一点
control-auto = 全部播放
control-steps = 步骤

## Notes
link-unknown = 我们找不到指南的那一部分，所以从头开始了。
link-close = 关闭这条提示

## A newer version of the guide, installed beside the running one
update-ready = 本指南有新版本。在您选择之前，什么都不会改变。
update-reload = 使用新版本
update-later = 稍后

## The picture, for screen readers: its name, and what it shows in each step.
stage-label = 图片：{ $title }
step-heart-shows = 心脏和心脏的动脉。一个圆圈标出那个地方，一个圆形的放大图显示{ $urgency ->
        [emergency] 血栓把动脉堵住了。
       *[planned] 油脂堆成的斑块让动脉变窄了。
    }
step-ready-shows = 导管室。您躺在X光机下面的检查床上，您的心脏科医护人员就在旁边。接着是{ $access ->
        [groin] 大腿根部
       *[wrist] 手腕
    }。用一根小针给皮肤打麻药，然后把一个短短的小套筒放进动脉，它叫鞘管。
step-travel-shows = 整个身体。一根细管子从{ $access ->
        [groin] 大腿根部
       *[wrist] 手腕
    }一直往上送到心脏。
step-pictures-shows = 心脏的X光片。造影剂充满动脉，显出{ $urgency ->
        [emergency] 堵住的地方。
       *[planned] { $treatment ->
            [angiogram] 动脉的样子，以及有没有变窄的地方。
           *[other] 变窄的地方。
        }
    }
step-wire-shows = 动脉里面的样子。一根细导丝穿过{ $urgency ->
        [emergency] 堵住的地方。
       *[planned] 变窄的地方。
    }
step-balloon-shows = 动脉里面。球囊在{ $urgency ->
        [emergency] 堵住的地方鼓起来，把血栓和斑块压扁，贴到动脉壁上。
       *[planned] 变窄的地方鼓起来，把斑块压扁，贴到动脉壁上。
    }
step-stent-shows = 动脉里面。支架套在球囊上撑开。球囊拿出来，支架留在里面。
step-flow-shows = 血又能顺畅地流过变宽的动脉。然后取出导管和鞘管，{ $access ->
        [groin] 用按压垫按住大腿根部。
       *[wrist] 在手腕上绑一条腕带。
    }
step-results-shows = 整个心脏的X光片，{ $urgency ->
        [emergency] 堵住
       *[planned] 变窄
    }的地方画了一个圆圈。然后取出导管和鞘管，{ $access ->
        [groin] 用按压垫按住大腿根部。
       *[wrist] 在手腕上绑一条腕带。
    }
step-after-shows = { $treatment ->
        [angiogram] 整个身体，心脏上有一个圆圈。药和房子表示回家。
        [stent] 整个身体，治疗过的地方有标记。放大图显示支架在动脉壁里。药和房子表示回家。
       *[other] 整个身体，治疗过的地方有标记。放大图显示动脉现在变宽了。药和房子表示回家。
    }
## Said once when the step changes (screen readers).
step-announce = 第{ $number }步，共{ $total }步：{ $title }

## Reading aloud, and how the page looks
voice-toggle = 朗读
voice-no-speech = 这个浏览器不能把文字读出来。您还是可以在这里看。
voice-no-voice = 这台设备没有这种语言的声音。您还是可以在这里看文字。
display-open = 显示
display-title = 文字、颜色和动画
display-text-size = 文字大小
display-text-normal = 正常
display-text-large = 大
display-text-larger = 更大
display-theme = 颜色
display-theme-system = 跟我的设备一样
display-theme-light = 浅色
display-theme-dark = 深色
display-motion = 图片
display-motion-moving = 动画
display-motion-still = 静止图片
display-read-aloud = 朗读文字


## Pages beside the journey. Clinic numbers are variables, filled from the clinic's settings:
##   $emergency (default: default-emergency), $hospital (default: default-hospital).
default-emergency = 急救电话
default-hospital = 您的心脏科医护人员
clinic-hospital-named = { $name }（电话：{ $phone }）
clinic-hospital = 您的医院（电话：{ $phone }）
nav-title = 更多内容
nav-more = 关于手术的更多内容
nav-label = 讲手术前后的页面
page-back = 回到指南
page-of-guide = Heartpath 指南

page-before-title = { $urgency ->
        [emergency] 您的药和过敏
       *[planned] 手术前
    }
page-before-intro = 您的心脏科医护人员会告诉您怎么准备。下面是您要做的事。
page-before-food = 吃饭喝水要听心脏科医护人员的。通常手术前6到8小时不能吃东西，也不能喝水。如果医护人员同意，您可以用一小口水把平时吃的药吞下去。
page-before-medicines = 把您所有的药都带来。如果您有治胸痛的硝酸甘油喷雾，也带上。
page-before-clot = 防血栓的药要接着吃。只有心脏科医护人员让您停，才能停。
page-before-pause = 心脏科医护人员可能会让您把别的一些药停一小段时间。可能是有些治糖尿病的药，或者别的一些让血变稀的药。只有心脏科医护人员让您这样做，您才这样做。分不清哪种药是哪种？就问问他们。如果您暂停了一种药，要问清楚什么时候再开始吃。
page-before-allergies = 告诉医护人员您对什么过敏。如果您以前对X光造影剂有过不好的反应，也要说。
page-before-ride = 请人送您回家。您不能自己开车回家。
page-before-night = 如果当天回家，第一个晚上要有一个成年人陪着您。请在手术前安排好。
page-before-choice-heading = 您的选择
page-before-choice = { $treatment ->
        [angiogram] 在手术那天之前，您的心脏科医护人员会告诉您为什么要拍这些片子，有什么风险。然后他们会问您是否同意。这叫“知情同意”。您可以先问他们任何问题。
       *[other] 在手术那天之前，您的心脏科医护人员会告诉您这个手术有什么好处，有什么风险。他们还会告诉您别的选择，比如只吃药，或者做心脏搭桥手术。然后他们会问您是否同意。这叫“知情同意”。您可以先问他们任何问题。
    }
page-before-choice-pictures = 如果片子上看到有变窄的地方，医生可能会马上把它撑宽。只有您事先同意了，才会这样做。心脏科医护人员会给您讲清楚这件事。他们还会告诉您别的选择，比如吃药，或者做搭桥手术。
page-before-tests-heading = 先做检查
page-before-tests = 手术前您通常要做一些检查。可能有验血、查心跳的检查（叫心电图），有时还要拍胸片。
page-before-emergency-tell = 如果可以，告诉医护人员您在吃什么药。告诉他们您对什么过敏，特别是对X光造影剂过敏。
safety-never-stop = 千万不要自己停药，也不要让药吃完了接不上。要先问心脏科医护人员。

page-risks-title = 风险
page-risks-intro = { $urgency ->
        [emergency] 每种治疗都有一些风险。下面讲其中一种：用一组100个人来说明，会有几个人出现。这里没有列出所有的风险。
       *[planned] { $treatment ->
            [angiogram] 大多数人不会有严重的问题。但每种这样的检查都有一些风险。下面讲其中一种：用一组100个人来说明，会有几个人出现。这里没有列出所有的风险，您自己的风险也可能不一样。
           *[other] 大多数人不会有严重的问题。但每种治疗都有一些风险。下面讲其中几种：用一组100个人来说明，会有几个人出现。这里没有列出所有的风险，您自己的风险也可能不一样。
        }
    }
risk-bruising-words = { $access ->
        [groin] 大腿根部淤青或出血
       *[wrist] 手腕淤青或出血
    }
risk-bruising-number = 这很常见。每100个人里，超过{ $count }个人会这样。
risk-bruising-picture = 100个人。图上标出了{ $count }个人。实际人数比{ $count }个多。
risk-bleeding-words = 严重出血
risk-bleeding-number = 像您这样提前安排的手术，每100个人里，有{ $count }到{ $high }个人会严重出血。
risk-bleeding-picture = 100个人。图上标出了{ $high }个人：其中有{ $count }到{ $high }个人会严重出血。
risk-serious-words = 心梗、中风或死亡
risk-serious-number = 这些是严重的问题。像您这样提前安排的手术，每100个人里，不到{ $count }个人会出现。这个数太小，在100个人的图上标不出来。但它不是零。
risk-serious-picture = 100个人。每100个人里，不到{ $count }个人有严重的问题：太少了，标不出一个人，但不是零。
risk-key-marked = 出现问题的人
risk-key-clear = 没有出现问题的人
page-risks-emergency = 心梗以后，您的心脏科医护人员会和您谈您自己的风险。
page-risks-success = 大多数手术效果都很好。如果没有成功，大多数情况下也不会造成伤害，您不会比以前更差。然后您的心脏科医护人员会和您谈别的选择。
page-risks-pictures = 医生会不会同时治疗变窄的地方？如果会，您的心脏科医护人员也会和您谈那些风险。
page-risks-your-own = 您的心脏科医护人员会和您谈您自己的风险。

page-home-title = 回家
page-home-when = { $urgency ->
        [emergency] 心梗以后，您要在医院住一段时间。大多数人住2到3天。
       *[planned] 大多数人当天或第二天就能回家。
    }
page-home-site-heading = { $access ->
        [groin] 您的大腿根部
       *[wrist] 您的手腕
    }
page-home-site = { $access ->
        [groin] 大腿根部有淤青是常见的。每天看一看那里。如果出血，请平躺，用力按住，并打{ $emergency }。对大腿根部的伤口有疑问？请打电话给{ $hospital }。
       *[wrist] 手腕上有淤青是常见的。每天看一看那里。如果出血，请用力按住，并打{ $emergency }。对手腕上的伤口有疑问？请打电话给{ $hospital }。
    }
page-home-lifting-heading = 提重东西
page-home-lifting = { $urgency ->
        [emergency] 心梗以后，要问心脏科医护人员什么时候可以提重东西。
       *[planned] 大约一个星期内，不要提重东西。如果心脏科医护人员说要更久，就等更久。
    }
page-home-driving-heading = 开车
page-home-driving = { $urgency ->
        [emergency] 心梗以后，要问心脏科医护人员什么时候可以开车。
       *[planned] 心脏科医护人员说可以以前，不要开车。各个国家的规定不一样。比如在英国，开小汽车通常要等大约一个星期。
    }
page-home-work-heading = 上班
page-home-work = { $urgency ->
        [emergency] 心梗以后，要问心脏科医护人员什么时候可以回去上班。
       *[planned] 大多数人大约一个星期后回去上班。问问心脏科医护人员，您的工作怎么安排才合适。
    }
page-home-washing-heading = 洗澡
page-home-washing = 问心脏科医护人员什么时候可以淋浴或泡澡。
page-home-active = 问问心脏科医护人员，什么时候可以提重东西、开车和回去上班。
page-home-number = 回家以前，请问心脏科医护人员：有问题时该打哪个电话。

page-medicines-title = 您的药
page-medicines-why = { $treatment ->
        [angiogram] 问问心脏科医护人员，您要不要吃新的药。他们会告诉您。
        [stent] 您要吃防血栓的药。这些药能防止支架上长血栓。
       *[balloon] 您要吃防血栓的药。这些药能防止长血栓。心脏科医护人员会告诉您吃哪几种。
    }
page-medicines-how-long = { $treatment ->
        [angiogram] 平时吃的药要接着吃。只有心脏科医护人员让您停，才能停。
       *[other] 大多数人要同时吃两种防血栓的药，吃一段时间。吃多久，由心脏科医护人员决定。这以后，大多数人还要接着吃其中一种，常常要吃一辈子。
    }
page-medicines-as-told = 每天都要吃，一定要按心脏科医护人员说的吃。
page-medicines-missed = 如果漏吃了一次，请问心脏科医护人员该怎么办。
page-medicines-tell-others = 看别的医生或牙医时，告诉他们您在吃这些药。如果他们让您停药，先问您的心脏科医护人员。
page-medicines-bruising = { $access ->
        [groin] 防血栓的药会让您更容易有淤青，同时吃两种时更是这样。如果您看到大便发黑或者小便里有血，请马上告诉心脏科医护人员。如果出血止不住，也要马上告诉他们。如果是鞘管放进去的地方出血，请平躺，用力按住，并打{ $emergency }。
       *[wrist] 防血栓的药会让您更容易有淤青，同时吃两种时更是这样。如果您看到大便发黑或者小便里有血，请马上告诉心脏科医护人员。如果出血止不住，也要马上告诉他们。如果是鞘管放进去的地方出血，请用力按住，并打{ $emergency }。
    }
page-medicines-if-treated = 医生是不是也把您的动脉撑宽了？如果是，您要吃新的防血栓的药。没问过心脏科医护人员，千万不要停这些药，也不要让药吃完了接不上。回家以前，请向心脏科医护人员要一份讲这种治疗的指南。

page-help-title = 找人帮忙
page-help-bleeding-heading = { $access ->
        [groin] 如果大腿根部出血
       *[wrist] 如果手腕出血
    }
page-help-press-picture = { $access ->
        [groin] 用手用力按住大腿根部鞘管放进去的地方。
       *[wrist] 用两根手指用力按住手腕上鞘管放进去的地方。
    }
page-help-bleeding-press = { $access ->
        [groin] 请平躺。用力按住大腿根部鞘管放进去的地方。
       *[wrist] 用力按住手腕上鞘管放进去的地方。
    }
page-help-bleeding-call = 一直按住。打{ $emergency }，或者请别人帮您打。
page-help-bleeding-keep = 一直按住，直到有人来帮忙。
page-help-limb-heading = { $access ->
        [groin] 鼓起一个包，或者腿发凉
       *[wrist] 鼓起一个包，或者手发凉
    }
page-help-limb = { $access ->
        [groin] 如果大腿根部鼓起一个比玻璃球还大的包，请马上打{ $emergency }。如果您的腿变凉、发白或者痛，也要马上打{ $emergency }。
       *[wrist] 如果手腕上鼓起一个比玻璃球还大的包，请马上打{ $emergency }。如果您的手变凉、发白或者痛，也要马上打{ $emergency }。
    }
page-help-chest-heading = 在家胸痛时
page-help-chest-rest = 停下手上的事，坐下或躺下休息。
page-help-chest-spray = 如果您有治胸痛的硝酸甘油喷雾，按心脏科医护人员教您的方法用。
page-help-chest-again = 如果5分钟后痛没有减轻，再喷一次。
page-help-chest-call = 如果喷第二次以后，过了5分钟还痛，请打{ $emergency }。这可能是心梗。
page-help-chest-now = 如果痛得很厉害，不要等，马上打{ $emergency }。如果胸痛的同时出汗、恶心或者喘不上气，就算痛得不厉害，也要马上打{ $emergency }。如果痛传到手臂、脖子、下巴或者后背，也要马上打。
page-help-chest-no-spray = 没有喷雾？请休息。如果几分钟内痛还没停，请打{ $emergency }。
page-help-team-heading = 出现下面的情况，请打电话给心脏科医护人员
page-help-team = { $access ->
        [groin] 您的大腿根部或腿发麻。或者鞘管放进去的地方发红、发热、流脓，或者您发烧。请打电话给{ $hospital }。
       *[wrist] 您的手腕或手发麻。或者鞘管放进去的地方发红、发热、流脓，或者您发烧。请打电话给{ $hospital }。
    }

page-next-title = 接下来
page-next-narrow = { $treatment ->
        [angiogram] 您的心脏科医护人员会和您谈片子上看到了什么。他们会给您讲有哪些选择，以及为什么。
        [stent] 有些人的动脉会再变窄。这最容易发生在头几个月。带药物涂层的支架能让这种情况少一些：问问心脏科医护人员，您放的是哪种支架。如果胸痛又出现了，或者又喘不上气了，请告诉心脏科医护人员。
       *[balloon] 有些人的动脉会再变窄。这最容易发生在头几个月。如果胸痛又出现了，或者又喘不上气了，请告诉心脏科医护人员。
    }
page-next-aim = { $treatment ->
        [angiogram] 不管您和医护人员一起选了什么办法，下面这些事都很重要：
       *[other] { $urgency ->
            [emergency] 这次手术打通了堵住的动脉。为了从现在起保护好心脏，下面这些事很重要：
           *[planned] 这次手术主要是为了减轻胸痛。它的主要目的不是防止心梗。下面这些事能帮助保护您的心脏：
        }
    }
page-next-medicines = 每天按时吃药。
page-next-check-ups = 每次复查都要去。
page-next-habits = 保持健康的习惯。问问心脏科医护人员，哪些习惯对您最有帮助。

page-check-title = 看看您懂了多少
page-check-intro = 几个简短的问题。每次选一个答案。您选的答案不会被保存，也不会被发出去。
check-progress = 第{ $number }题，共{ $total }题
check-right = 答对了。
check-wrong = 不对。
check-show-me = 告诉我
check-next = 下一题
check-try-again = 再试一次
check-finish = 看看答得怎么样
check-score = 共{ $total }题，您答对了{ $right }题。
check-end = 有不明白的地方，请和心脏科医护人员谈谈。
check-again = 重新开始
check-awake-question = 手术时您会睡着吗？
check-awake-answer-1 = 会，完全睡着。
check-awake-answer-2 = 不会。您是清醒的，皮肤打了麻药。
check-awake-answer-3 = 一半时间睡着。
check-awake-why = 您是清醒的。用一根小针给皮肤打麻药，可能还会给您用药，帮您放松。
check-stent-question = 支架是什么？
check-stent-answer-1 = 一个用金属网做的很小的架子，撑住动脉，让它保持畅通。
check-stent-answer-2 = 每天吃的一种药片。
check-stent-answer-3 = 一种X光片。
check-stent-why = 支架是一个用金属网做的很小的架子。它留在动脉里，撑住动脉，让它保持畅通。
check-balloon-question = 小球囊有什么用？
check-balloon-answer-1 = 它永远留在动脉里。
check-balloon-answer-2 = 它拍X光片。
check-balloon-answer-3 = { $urgency ->
        [emergency] 它把堵住的东西压扁，把动脉打通。
       *[planned] 它把斑块压扁，把动脉撑宽。
    }
check-balloon-why = { $urgency ->
        [emergency] 球囊鼓起来，把堵住的东西压扁。然后让它变小，再拿出来。
       *[planned] 球囊鼓起来，把斑块压扁。然后让它变小，再拿出来。
    }
check-chest-pain-question = 手术时如果胸口痛，您该怎么做？
check-chest-pain-answer-1 = 不说话，等着。
check-chest-pain-answer-2 = 想办法起来。
check-chest-pain-answer-3 = 马上告诉医护人员。
check-chest-pain-why = 球囊鼓起来时，胸口可能会有点痛。一定要告诉医护人员，这样他们能看看您怎么样，并帮助您。
check-ride-question = 您能自己开车回家吗？
check-ride-answer-1 = 能，只要感觉没事。
check-ride-answer-2 = 不能。必须有人送您回家。
check-ride-why = 您不能自己开车回家。手术前要安排好人送您。
check-stay-question = 心梗以后，要住院多久？
check-stay-answer-1 = 1个小时。
check-stay-answer-2 = 大多数人住2到3天。
check-stay-answer-3 = 1个月。
check-stay-why = 心梗以后，您要在医院住一段时间。大多数人住2到3天。
check-medicines-question = 您感觉很好。能停掉防血栓的药吗？
check-medicines-answer-1 = 不能。没问过心脏科医护人员，千万不要停。
check-medicines-answer-2 = 能，感觉好了就停。
check-medicines-answer-3 = 能，一个星期以后就停。
check-medicines-why = 感觉好，不是停药的理由。这些药能防止长血栓。只有心脏科医护人员让您停，才能停。也不要让药吃完了接不上。
check-bleeding-question = { $access ->
        [groin] 在家时，您的大腿根部开始出血。您先做什么？
       *[wrist] 在家时，您的手腕开始出血。您先做什么？
    }
check-bleeding-answer-1 = 等等看，会不会自己停。
check-bleeding-answer-2 = { $access ->
        [groin] 平躺，用力按住，一直按着。打{ $emergency }，或者请别人帮您打。
       *[wrist] 用力按住，一直按着。打{ $emergency }，或者请别人帮您打。
    }
check-bleeding-answer-3 = 上床睡觉。
check-bleeding-why = { $access ->
        [groin] 平躺，用力按住大腿根部。打{ $emergency }，或者请别人帮您打。一直按住，直到有人来帮忙。
       *[wrist] 用力按住手腕。打{ $emergency }，或者请别人帮您打。一直按住，直到有人来帮忙。
    }
check-limb-question = { $access ->
        [groin] 在家时，您的腿变凉、发白。您怎么做？
       *[wrist] 在家时，您的手变凉、发白。您怎么做？
    }
check-limb-answer-1 = 等一天，看看会不会好。
check-limb-answer-2 = 捂暖和，上床睡觉。
check-limb-answer-3 = 马上打{ $emergency }。
check-limb-why = { $access ->
        [groin] 腿变凉、发白或者痛，要马上找人帮忙。大腿根部鼓起一个比玻璃球还大的包，也一样。马上打{ $emergency }。
       *[wrist] 手变凉、发白或者痛，要马上找人帮忙。手腕上鼓起一个比玻璃球还大的包，也一样。马上打{ $emergency }。
    }
check-chest-home-question = 在家时，您胸痛。您休息了，也用了喷雾。5分钟后痛没有减轻，您又喷了一次。又过了5分钟，还是痛。您怎么做？
check-chest-home-answer-1 = 等到第二天早上。
check-chest-home-answer-2 = 打{ $emergency }。这可能是心梗。
check-chest-home-answer-3 = 出去走一走。
check-chest-home-why = 喷第二次以后，过了5分钟还痛，要赶快找人帮忙。请打{ $emergency }。如果痛得很厉害，马上打，不要等。
check-angiogram-question = 什么是血管造影？
check-angiogram-answer-1 = 用造影剂给动脉拍的X光片。
check-angiogram-answer-2 = 一种开刀的心脏手术。
check-angiogram-answer-3 = 一种验血。
check-angiogram-why = 血管造影是一组X光片。造影剂让动脉在片子上显出来。
check-results-question = 拍完片子以后会怎么样？
check-results-answer-1 = 什么都没有。您永远不会知道结果。
check-results-answer-2 = 您必须自己一个人决定。
check-results-answer-3 = 心脏科医护人员会和您谈片子上看到了什么，以及有哪些选择。
check-results-why = 心脏科医护人员会给您讲片子上看到了什么、您有哪些选择，以及为什么。
check-future-question = { $treatment ->
        [angiogram] 光拍片子，就能治疗您的动脉吗？
       *[other] { $urgency ->
            [emergency] 现在动脉打通了，就可以什么都不用再做了吗？
           *[planned] 光靠这次手术，能保证您以后不发生心梗吗？
        }
    }
check-future-answer-1 = 不能。吃药、复查和健康的习惯仍然很重要。
check-future-answer-2 = { $treatment ->
        [angiogram] 能，片子能把变窄的地方治好。
       *[other] { $urgency ->
            [emergency] 能，别的什么都不用做了。
           *[planned] 能，永远不会发生。
        }
    }
check-future-why = { $treatment ->
        [angiogram] 光拍片子，并不能治疗动脉。想保持健康，要按时吃药、去复查，保持健康的习惯。
       *[other] { $urgency ->
            [emergency] 这次手术打通了堵住的动脉。想让心脏保持健康，要按时吃药、去复查，保持健康的习惯。
           *[planned] 这次手术主要是为了减轻胸痛。为了帮助保护心脏，要按时吃药、去复查，保持健康的习惯。
        }
    }

page-handout-title = 您的说明单
page-handout-intro = 这一页是用来打印的。它一步一步讲您这种手术，以及手术后要做什么。
printout-for = 您的手术：
printout-print = 打印
printout-questions = 要问医护人员的问题
printout-date = 我的手术日期：
printout-ward = 我的心脏科医护人员的电话：
printout-emergency = 急救电话号码：
printout-scan = 用手机相机扫这个码，可以再看一遍指南。

## Where the words come from: a page, and a line at the foot of every page and the handout
page-sources-title = 这些内容是从哪里来的
sources = 这些内容是从哪里来的
sources-short = 我们的内容来自英国国家医疗服务体系（NHS）、英国心脏基金会（BHF）、梅奥诊所和其他健康网站。
page-sources-intro = 我们根据可靠的健康网站，用简单的话写了这个指南。它是写给所有做这种手术的人看的，不是专门针对您一个人，所以一定要问您自己的心脏科医护人员。
sources-what-happens = 手术当天：NHS、BHF和医院的网页。
sources-before = 手术前：梅奥诊所。
sources-after = 回家：NHS和医院的说明单。
sources-medicines = 您的药：梅奥诊所、克利夫兰诊所和医院的网页。
sources-get-help = 找人帮忙和胸痛：NHS、BHF和医院的说明单。
sources-risks = 风险：NHS和Healthwise。
sources-consent = 您的选择和知情同意：NHS和梅奥诊所。
sources-emergency = 心梗时做的手术：一家医院的心脏中心。
sources-next = 接下来：AHA和梅奥诊所。
sources-misunderstanding = 提前安排的手术是为了什么：和病人一起做的研究。
sources-words = 医学词语的意思：同样是这些网页。
sources-seeds = 讲这种手术的医院和诊所网页。
sources-nhs = NHS：英国国家医疗服务体系。
sources-bhf = BHF：英国心脏基金会。
sources-aha = AHA：美国心脏协会。
sources-mayo = 梅奥诊所和克利夫兰诊所：美国的大医院。
sources-healthwise = Healthwise：一个编写健康网页的机构。
sources-reviewed = 这些内容最后一次核对是在2026年12月。
sources-general = 这个指南里的内容都是通用的。
sources-clinic = { $name }加上了自己的名字和电话号码。指南里其他的内容都是通用的。
sources-clinic-numbers = 您的诊所加上了自己的电话号码。指南里其他的内容都是通用的。

## Words a person can tap for a plain meaning: the forms each takes in the text (comma-separated),
## then its meaning in one line.
term-open = “{ $word }”是什么意思？
term-close = 关闭
term-cath-lab = 导管室
term-cath-lab-means = 做手术的房间，里面有X光机。
term-coronary-arteries = 冠状动脉
term-coronary-arteries-means = 心脏上的动脉，给心脏的肌肉送血。
term-artery = 动脉
term-artery-means = 把血从心脏送到全身的血管。
term-plaque = 斑块
term-plaque-means = 动脉里面的血管壁上，油脂堆成的东西。
term-angina = 心绞痛
term-angina-means = 心脏得不到足够的血时，出现的胸痛。
term-catheter = 导管
term-catheter-means = 一根又长又软的细管子，一直送到心脏。
term-sheath = 鞘管
term-sheath-means = 放进动脉里的一个又短又细的小套筒。导管从它里面进进出出。
term-local-anaesthetic = 麻药
term-local-anaesthetic-means = 打在皮肤里的药，让那里不疼。您是清醒的。
term-angiogram = 血管造影
term-angiogram-means = 用造影剂给动脉拍的X光片。
term-guidewire = 导丝
term-guidewire-means = 一根很细、能弯的金属丝，给球囊和支架带路。
term-balloon = 球囊
term-balloon-means = 一个很小的球囊，顺着导丝滑进去。它在动脉里鼓起来，把动脉撑宽，然后拿出来。
term-stent = 支架
term-stent-means = 一个用金属网做的很小的架子，留在动脉里撑住动脉，让它保持畅通。
term-antiplatelet = 防血栓的药
term-antiplatelet-means = 防止血栓形成的药。有人也把它们叫做“让血变稀的药”。

## The last step's tiles, each opening its page
after-home = 回家
after-medicines = 您的药
after-help = 找人帮忙
after-next = 接下来
