package dev.mofan.core.format.internal;

import dev.mofan.model.error.Problem;

/**
 * The problems of meeting records and organisational-life rules (组织生活) beyond their syntax and
 * shape, and of the records against the org file when compliance is worked out. Listed in
 * docs/errors.md, which a test keeps in step with this class.
 */
public final class MeetingProblems {

    /** A party group meeting that names no party cell. */
    public static final Problem CELL_MISSING = new Problem("meeting.cell.missing",
            "missing: a party group meeting names the party cell that held it",
            "缺少：党小组会须写明召开会议的党小组（cell）");

    /** A party cell named by a meeting of another type. */
    public static final Problem CELL_UNEXPECTED = new Problem("meeting.cell.unexpected",
            "only a party group meeting names a party cell, not a %s",
            "只有党小组会写明党小组，%s不写");

    /** A meeting with more members present than expected. */
    public static final Problem PRESENT_TOO_MANY = new Problem("meeting.attendance.present",
            "%s present, but only %s expected",
            "实到 %s 人，但应到只有 %s 人");

    /** An attendance list of another length than the number present. */
    public static final Problem ATTENDEES_COUNT = new Problem("meeting.attendance.attendees",
            "%s attendees listed, but %s present",
            "列出参会 %s 人，但实到为 %s 人");

    /** An absentee list longer than the number absent. */
    public static final Problem ABSENTEES_COUNT = new Problem("meeting.attendance.absentees",
            "%s absentees listed, but %s of those expected were absent",
            "列出缺席 %s 人，但应到未到为 %s 人");

    /** A member listed twice in one meeting's attendance. */
    public static final Problem MEMBER_REPEAT = new Problem("meeting.attendance.repeat",
            "member '%s' is listed twice (first at %s)",
            "党员 '%s' 重复列出（首次在 %s）");

    /** A second cadence for one meeting type. */
    public static final Problem CADENCE_REPEAT = new Problem("rules.cadence.repeat",
            "a second cadence for %s (first at %s)",
            "%s 的频次重复规定（首次在 %s）");

    /** A meeting cadence longer than a year. */
    public static final Problem CADENCE_CYCLE = new Problem("rules.cadence.every",
            "a meeting cadence is a month, quarter, half-year or year, not a %s",
            "会议频次为月、季度、半年或年，而不是%s");

    /** A quorum that gives neither or both of {@code moreThan} and {@code atLeast}. */
    public static final Problem QUORUM_FORM = new Problem("rules.quorum.form",
            "a quorum is {moreThan: SHARE} or {atLeast: SHARE}, one of them",
            "法定人数写作 {moreThan: 比例} 或 {atLeast: 比例}，二者选一");

    /** A quorum share that is not a number from 0 to 1. */
    public static final Problem QUORUM_SHARE = new Problem("rules.quorum.share",
            "'%s' is not a share from 0 to 1 such as 1/2, 2/3 or 0.5",
            "'%s' 不是 0 到 1 之间的比例（如 1/2、2/3、0.5）");

    /** An exemption that gives both or neither of {@code founded} and {@code until}. */
    public static final Problem EXEMPTION_FORM = new Problem("rules.exemption.form",
            "an exemption gives founded (the day a new branch was founded) or until (the last day exempted, "
                    + "after an optional from), not both",
            "免于考核须写明 founded（新成立支部的成立日）或 until（免于考核的最后一天，可另写 from），二者选一");

    /** An exemption that ends before it starts. */
    public static final Problem EXEMPTION_SPAN = new Problem("rules.exemption.span",
            "ends on %s, before it starts on %s",
            "结束日 %s 早于开始日 %s");

    /** A meeting record naming no branch of the org file: it counts for no branch. */
    public static final Problem BRANCH_UNKNOWN = new Problem("meeting.branch.unknown",
            "'%s' is not a branch of the org file: this record counts for no branch",
            "'%s' 不是组织文件中的党支部：该记录不计入任何支部");

    /** A meeting record naming no party cell of its branch: it counts for no cell. */
    public static final Problem CELL_UNKNOWN = new Problem("meeting.cell.unknown",
            "'%s' is not a party cell of branch '%s' in the org file: this record counts for no cell",
            "'%s' 不是组织文件中支部 '%s' 的党小组：该记录不计入任何党小组");

    /** A second record of one meeting (same holder, type and day): counted once. */
    public static final Problem SAME_MEETING = new Problem("meeting.repeat",
            "the same %s of '%s' on %s as at %s: counted once",
            "与 %4$s 为同一%1$s（'%2$s'，%3$s）：只计一次");

    /** An exemption naming no branch of the org file: it applies to nothing. */
    public static final Problem EXEMPTION_BRANCH_UNKNOWN = new Problem("rules.exemption.branch",
            "'%s' is not a branch of the org file: the exemption applies to nothing",
            "'%s' 不是组织文件中的党支部：该免于考核不适用于任何支部");

    private MeetingProblems() {
    }
}
