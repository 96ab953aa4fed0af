package dev.mofan.core.sample;

import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.meeting.Attendance;
import dev.mofan.model.meeting.Meeting;
import dev.mofan.model.meeting.MeetingLog;
import dev.mofan.model.meeting.MeetingType;
import dev.mofan.model.member.Member;
import dev.mofan.model.member.MemberRole;
import dev.mofan.model.org.OrgKind;
import dev.mofan.model.org.OrgUnit;
import dev.mofan.model.period.Period;
import dev.mofan.model.period.PeriodKind;
import dev.mofan.model.text.Label;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sample meeting records of organisational life for the sample province, one year at a time,
 * deterministic like the rest of the sample: every branch's general meetings, committee meetings,
 * party lectures, themed party days, organisational life meeting and appraisal, and its party cells'
 * group meetings, most of them on time, with gaps (a month or a quarter without one), meetings that
 * lacked a quorum, one meeting recorded twice and one record naming a branch that does not exist.
 * General meetings, organisational life meetings and appraisals list who attended and who did not,
 * so that leading cadres' attendance can be reported. Made up, for trying the library.
 */
public final class SampleMeetings {

    private SampleMeetings() {
    }

    /**
     * {@return the meetings held in {@code year} across the province}
     *
     * @param province the sample province, or a directory of the same shape
     * @param year the year
     */
    public static MeetingLog generate(OrgDirectory province, Period.Year year) {
        SplitMix64 random = new SplitMix64(0x3E_E71D_6000L + year.year());
        List<Meeting> meetings = new ArrayList<>();
        for (OrgUnit branch : province.tree().ofKind(OrgKind.BRANCH)) {
            List<Member> members = province.membersOf(branch.id());
            int committee = (int) members.stream().filter(m -> m.role() != MemberRole.MEMBER).count();
            List<OrgUnit> cells = province.tree().children(branch.id()).stream()
                    .filter(c -> c.kind() == OrgKind.PARTY_CELL).toList();
            for (Period quarter : year.split(PeriodKind.QUARTER)) {
                if (random.chance(93)) {
                    meetings.add(named(random, meetings.size(), branch, MeetingType.GENERAL_MEETING, day(random, quarter),
                            members));
                }
                if (random.chance(90)) {
                    meetings.add(meeting(meetings.size(), branch, MeetingType.PARTY_LECTURE, Optional.empty(),
                            day(random, quarter), Optional.empty()));
                }
            }
            for (Period month : year.split(PeriodKind.MONTH)) {
                if (random.chance(88)) {
                    int expected = Math.max(3, committee);
                    int present = random.chance(5) ? expected / 2 : expected - random.below(2);
                    meetings.add(meeting(meetings.size(), branch, MeetingType.COMMITTEE_MEETING, Optional.empty(),
                            day(random, month), Optional.of(Attendance.of(present, expected))));
                }
                if (random.chance(88)) {
                    meetings.add(meeting(meetings.size(), branch, MeetingType.THEMED_PARTY_DAY, Optional.empty(),
                            day(random, month), Optional.empty()));
                }
                for (OrgUnit cell : cells) {
                    if (random.chance(85)) {
                        meetings.add(meeting(meetings.size(), branch, MeetingType.GROUP_MEETING, Optional.of(cell.id()),
                                day(random, month), Optional.empty()));
                    }
                }
            }
            if (random.chance(95)) {
                meetings.add(named(random, meetings.size(), branch, MeetingType.LIFE_MEETING,
                        year.start().plusDays(330 + random.below(30)), members));
            }
            if (random.chance(92)) {
                meetings.add(named(random, meetings.size(), branch, MeetingType.MEMBER_APPRAISAL,
                        year.start().plusDays(335 + random.below(25)), members));
            }
            if (random.chance(1) && !meetings.isEmpty()) {
                Meeting again = meetings.get(meetings.size() - 1);
                meetings.add(new Meeting("m" + (meetings.size() + 1), again.branch(), again.type(), again.cell(),
                        again.date(), again.attendance(), Label.of("重复录入", "entered twice")));
            }
        }
        meetings.add(meeting(meetings.size(), null, MeetingType.THEMED_PARTY_DAY, Optional.empty(), year.start(),
                Optional.empty()));
        return new MeetingLog(meetings);
    }

    /** A meeting of all members, with who attended and who did not; now and then one without a quorum. */
    private static Meeting named(SplitMix64 random, int index, OrgUnit branch, MeetingType type, LocalDate date,
            List<Member> members) {
        if (members.isEmpty()) {
            return meeting(index, branch, type, Optional.empty(), date, Optional.empty());
        }
        int absent = random.chance(6) ? (members.size() + 1) / 2 : random.below(Math.max(1, members.size() / 4 + 1));
        List<String> attendees = new ArrayList<>();
        List<String> absentees = new ArrayList<>();
        int skip = random.below(members.size());
        for (int i = 0; i < members.size(); i++) {
            // A run of members from a random place is away, so the same ones are not always absent.
            boolean away = Math.floorMod(i - skip, members.size()) < absent;
            (away ? absentees : attendees).add(members.get(i).id());
        }
        return meeting(index, branch, type, Optional.empty(), date,
                Optional.of(new Attendance(attendees.size(), members.size(), attendees, absentees)));
    }

    private static Meeting meeting(int index, OrgUnit branch, MeetingType type, Optional<String> cell, LocalDate date,
            Optional<Attendance> attendance) {
        return new Meeting("m" + (index + 1), branch == null ? "no-such-branch" : branch.id(), type, cell, date,
                attendance, Label.NONE);
    }

    private static LocalDate day(SplitMix64 random, Period period) {
        int days = (int) (period.end().toEpochDay() - period.start().toEpochDay());
        return period.start().plusDays(random.below(days + 1));
    }
}
