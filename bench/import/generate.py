#!/usr/bin/env python3
"""Writes a deterministic .xlsx of N realistic candidates from four northern mountain provinces.

   generate.py ROWS OUT.xlsx OUT.csv < reference.tsv

reference.tsv (from the portal's own database, see run.sh): lines "commune<TAB>PROVINCE", "skill<TAB>NAME",
"occupation<TAB>CODE<TAB>NAME". The same rows are also written as CSV (for the psql \\copy floor).
Only the standard library: a minimal workbook (shared strings, one sheet), the same bytes for the same input."""
import csv, random, sys, zipfile
from xml.sax.saxutils import escape

rows, xlsx_out, csv_out = int(sys.argv[1]), sys.argv[2], sys.argv[3]
communes, skills, occupations = {}, [], []
for line in sys.stdin:
    f = line.rstrip('\n').split('\t')
    if f[0] == 'commune':
        communes.setdefault(f[1], []).append(f[2])
    elif f[0] == 'skill':
        skills.append(f[1])
    elif f[0] == 'occupation':
        # The portal splits a cell of several occupations at , ; / so a name keeps none of them.
        occupations.append(f'{f[1]} - ' + f[2].replace(',', ' ').replace(';', ' ').replace('/', ' '))
for v in communes.values():
    v.sort()
skills.sort(); occupations.sort()
# Province as written in the file → (today's province whose communes apply, CCCD province code of birth).
PROVINCES = [('Lạng Sơn', 'Lạng Sơn', '020'), ('Cao Bằng', 'Cao Bằng', '004'), ('Hòa Bình', 'Phú Thọ', '017'),
             ('Sơn La', 'Sơn La', '014')]
PROVINCES = [p for p in PROVINCES if communes.get(p[1])]
assert PROVINCES and skills and occupations, 'reference data missing'
FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vi', 'Lương', 'Nông', 'Hà', 'Lò', 'Cầm', 'Lường', 'Bùi', 'Đinh',
          'Quách', 'Triệu', 'Lục', 'Mã', 'Đàm', 'Sầm']
MIDDLE_M = ['Văn', 'Đức', 'Minh', 'Hữu', 'Công', 'Quang', 'Thế']
MIDDLE_F = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Hồng', 'Kim']
GIVEN_M = ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Khánh', 'Long', 'Nam', 'Phong', 'Quân', 'Sơn', 'Thắng',
           'Tiến', 'Tuấn', 'Việt', 'Vượng', 'Pản', 'Chiến', 'Lợi']
GIVEN_F = ['Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hằng', 'Hoa', 'Hương', 'Lan', 'Linh', 'Mai', 'Nga', 'Nhung', 'Phương',
           'Thảo', 'Trang', 'Uyên', 'Yến', 'Mỷ', 'Xuân']
HAMLETS = ['Bản', 'Thôn', 'Xóm', 'Khu']
HEADERS = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Số điện thoại', 'Tỉnh', 'Xã', 'Địa chỉ',
           'Trình độ', 'Nghề', 'Lương mong muốn']
rnd = random.Random(20260101)
data = []
for i in range(rows):
    male = rnd.random() < 0.55
    year = rnd.randint(1975, 2006)
    birth = f'{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/{year}'
    shown, today, code = PROVINCES[i % len(PROVINCES)]
    century = (0 if year < 2000 else 2) + (0 if male else 1)
    # 12 digits: province of birth, century+gender, year, then six digits unique per row.
    cccd = f'{code}{century}{year % 100:02d}{(i * 7919) % 1000000:06d}'
    phone = f'0{rnd.choice("389")}{(i * 104729 + 1234567) % 100000000:08d}'
    name = ' '.join([rnd.choice(FAMILY), rnd.choice(MIDDLE_M if male else MIDDLE_F), rnd.choice(GIVEN_M if male else GIVEN_F)])
    commune = rnd.choice(communes[today])
    address = f'{rnd.choice(HAMLETS)} {rnd.randint(1, 30)}'
    occ = rnd.choice(occupations) if rnd.random() < 0.8 else ''
    wage = str(rnd.randrange(5_000_000, 15_000_001, 500_000)) if rnd.random() < 0.5 else ''
    data.append([str(i + 1), name, birth, 'Nam' if male else 'Nữ', cccd, phone, shown, commune, address,
                 rnd.choice(skills), occ, wage])

with open(csv_out, 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(HEADERS)
    w.writerows(data)

strings, index = [], {}
def sst(s):
    if s not in index:
        index[s] = len(strings); strings.append(s)
    return index[s]
def col(n):
    return chr(ord('A') + n)
parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
for r, values in enumerate([HEADERS] + data, start=1):
    cells = []
    for c, v in enumerate(values):
        if v == '':
            continue
        if r > 1 and c in (0, 11):  # numbers: the row number and the wage
            cells.append(f'<c r="{col(c)}{r}"><v>{v}</v></c>')
        else:  # text, as a centre's file has it (CCCD and phones as text keep their leading zero)
            cells.append(f'<c r="{col(c)}{r}" t="s"><v>{sst(v)}</v></c>')
    parts.append(f'<row r="{r}">{"".join(cells)}</row>')
parts.append('</sheetData></worksheet>')
shared = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">']
shared += [f'<si><t>{escape(s)}</t></si>' for s in strings]
shared.append('</sst>')
files = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': ''.join(parts),
    'xl/sharedStrings.xml': ''.join(shared),
    'xl/styles.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>',
}
with zipfile.ZipFile(xlsx_out, 'w', zipfile.ZIP_DEFLATED) as z:
    for name, text in files.items():
        info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, text.encode('utf-8'))
